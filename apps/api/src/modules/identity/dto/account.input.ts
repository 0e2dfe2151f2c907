import { Field, InputType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsTimeZone, Length, MaxLength, ValidateIf } from 'class-validator';
import { trim } from '../../../platform/validation/transforms.js';
import { SUPPORTED_LOCALES } from '../../mail/mail.templates.js';

export enum AccountKind {
  CLIENT = 'client',
  FREELANCER = 'freelancer',
  OPS = 'ops',
}
registerEnumType(AccountKind, { name: 'AccountKind' });

const normaliseEmail = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toLowerCase() : value;

/** 10–128 characters: length is what makes a password strong; no composition rules (NIST SP 800-63B). */
const PasswordLength = () => Length(10, 128);

@InputType()
export class SignUpInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @PasswordLength()
  password: string;

  @Field()
  @Transform(trim)
  @Length(1, 120)
  displayName: string;

  @Field({ defaultValue: 'en' })
  @IsIn(SUPPORTED_LOCALES)
  locale: string;

  @Field({ defaultValue: 'UTC' })
  @IsTimeZone()
  timeZone: string;
}

@InputType()
export class ClientSignUpInput extends SignUpInput {
  @Field({ nullable: true, description: 'Name of the new organisation; required without an invitation.' })
  @Transform(trim)
  @ValidateIf((input: ClientSignUpInput) => !input.invitationToken)
  @Length(1, 160)
  organizationName?: string;

  @Field({ nullable: true, description: 'Token from an invitation e-mail, to join an existing organisation.' })
  @IsOptional()
  @Length(20, 100)
  invitationToken?: string;
}

@InputType()
export class SignInInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail()
  email: string;

  @Field()
  @Length(1, 128)
  password: string;

  @Field(() => AccountKind, { description: 'Which app is signing in; an account signs in only to its own app.' })
  @IsIn(Object.values(AccountKind))
  accountKind: AccountKind;
}

@InputType()
export class UpdateAccountInput {
  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(1, 120)
  displayName?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(SUPPORTED_LOCALES)
  locale?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, 128)
  currentPassword: string;

  @Field()
  @PasswordLength()
  newPassword: string;
}

@InputType()
export class RequestPasswordResetInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail()
  email: string;
}

@InputType()
export class ResetPasswordInput {
  @Field()
  @Length(20, 100)
  token: string;

  @Field()
  @PasswordLength()
  newPassword: string;
}

export enum OpsRoleValue {
  VETTER = 'vetter',
  ADMIN = 'admin',
}
registerEnumType(OpsRoleValue, { name: 'OpsRole' });

@InputType()
export class CreateOpsAccountInput {
  @Field()
  @Transform(normaliseEmail)
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field()
  @Transform(trim)
  @Length(1, 120)
  displayName: string;

  @Field(() => OpsRoleValue)
  @IsIn(Object.values(OpsRoleValue))
  opsRole: OpsRoleValue;
}
