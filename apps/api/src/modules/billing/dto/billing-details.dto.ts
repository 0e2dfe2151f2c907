import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsString, Matches, MaxLength } from 'class-validator';
import { trim } from '../../../platform/validation/transforms.js';

/** A VAT or tax number as written: letters, digits, spaces, dots, dashes and slashes. */
const TAX_NUMBER = /^[A-Za-z0-9 .\-/]*$/;

@ObjectType('BillingDetails', { description: "What the organisation's invoices are made out to." })
export class BillingDetails {
  @Field({ description: "The registered name; the organisation's name when empty." })
  legalName: string;

  @Field({ description: 'The postal address, as lines.' })
  address: string;

  @Field()
  vatId: string;
}

/** The name and the address a document is made out to. */
@InputType({ isAbstract: true })
class NameAndAddressInput {
  @Field()
  @IsString()
  @Transform(trim)
  @MaxLength(200)
  legalName: string;

  @Field()
  @IsString()
  @Transform(trim)
  @MaxLength(500)
  address: string;
}

@InputType()
export class BillingDetailsInput extends NameAndAddressInput {
  @Field()
  @IsString()
  @Transform(trim)
  @MaxLength(32)
  @Matches(TAX_NUMBER)
  vatId: string;
}

@ObjectType('PayeeDetails', { description: "What a VA's earnings statements are made out to." })
export class PayeeDetails {
  @Field({ description: "The name to pay; the VA's display name when empty." })
  legalName: string;

  @Field()
  address: string;

  @Field()
  taxId: string;
}

@InputType()
export class PayeeDetailsInput extends NameAndAddressInput {
  @Field()
  @IsString()
  @Transform(trim)
  @MaxLength(32)
  @Matches(TAX_NUMBER)
  taxId: string;
}
