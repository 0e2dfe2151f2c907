import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsISO31661Alpha2, IsOptional, Length } from 'class-validator';
import { trim } from '../../../platform/validation/transforms.js';

@InputType()
export class UpdateOrganizationInput {
  @Field()
  @Transform(trim)
  @Length(1, 160)
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; shown to VAs on the posts.' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string | null;
}
