import { ArgsType, Field, ID, ObjectType } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { PageArgs, PageOf } from '../../../platform/graphql/pagination.js';

@ObjectType('OutboxEmail')
export class OutboxEmail {
  @Field(() => ID)
  id: string;

  @Field()
  toAddress: string;

  @Field()
  subject: string;

  @Field()
  bodyText: string;

  @Field()
  transport: string;

  @Field(() => Date, { nullable: true })
  sentAt: Date | null;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field()
  createdAt: Date;
}

export const OutboxEmailPage = PageOf(OutboxEmail, 'OutboxEmailPage');

@ArgsType()
export class OutboxArgs extends PageArgs {
  @Field({ nullable: true, description: 'Only e-mails to this address.' })
  @IsOptional()
  @MaxLength(254)
  toAddress?: string;
}
