import { Field, InputType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, MaxLength } from 'class-validator';
import { OrganizationRoleValue } from '../../identity/dto/viewer.output.js';

@InputType()
export class InviteMemberInput {
  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => OrganizationRoleValue)
  @IsIn(Object.values(OrganizationRoleValue))
  role: OrganizationRoleValue;
}
