import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsEmail,
  IsIn,
  IsISO6391,
  IsISO31661Alpha2,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SUPPORTED_CURRENCIES } from '../../../platform/money/currencies.js';
import { trim } from '../../../platform/validation/transforms.js';
import { CEFR_LEVELS } from '../entities/freelancer-language.entity.js';
import { SKILL_LEVELS } from '../entities/freelancer-skill.entity.js';
import { CefrLevel, SkillLevel } from './freelancer-profile.output.js';

@InputType()
export class ProfileSkillInput {
  @Field(() => ID)
  @IsUUID()
  skillId: string;

  @Field(() => SkillLevel)
  @IsIn(SKILL_LEVELS)
  level: string;

  @Field(() => Int)
  @Min(0)
  @Max(50)
  years: number;
}

@InputType()
export class ProfileLanguageInput {
  @Field()
  @IsISO6391()
  language: string;

  @Field(() => CefrLevel)
  @IsIn(CEFR_LEVELS)
  level: string;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

@InputType()
export class WorkHistoryInput {
  @Field()
  @Transform(trim)
  @Length(1, 160)
  company: string;

  @Field()
  @Transform(trim)
  @Length(1, 120)
  role: string;

  @Field({ description: 'YYYY-MM' })
  @Matches(MONTH)
  startMonth: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM; empty while the role is current.' })
  @IsOptional()
  @Matches(MONTH)
  endMonth?: string | null;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(2000)
  description: string;
}

@InputType()
export class PortfolioLinkInput {
  @Field()
  @Transform(trim)
  @Length(1, 120)
  label: string;

  @Field()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  url: string;
}

@InputType()
export class ReferenceInput {
  @Field()
  @Transform(trim)
  @Length(1, 120)
  name: string;

  @Field({ description: 'How they know the VA, e.g. "Former manager".' })
  @Transform(trim)
  @Length(1, 120)
  relationship: string;

  @Field()
  @Transform(trim)
  @Length(1, 160)
  company: string;

  @Field()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{6,40}$/)
  phone?: string | null;
}

/** The whole draft, saved as the VA types: every field is optional until the application is submitted. */
@InputType()
export class SaveFreelancerProfileInput {
  @Field()
  @Transform(trim)
  @MaxLength(140)
  headline: string;

  @Field()
  @Transform(trim)
  @MaxLength(5000)
  bio: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(100)
  @Max(100_000_00)
  hourlyRateMinor?: number | null;

  @Field()
  @IsIn(SUPPORTED_CURRENCIES)
  currency: string;

  @Field(() => Int)
  @Min(0)
  @Max(80)
  weeklyCapacityHours: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string | null;

  @Field(() => Int)
  @Min(0)
  @Max(1439)
  workStartMinute: number;

  @Field(() => Int)
  @Min(1)
  @Max(1440)
  workEndMinute: number;

  @Field(() => [ProfileSkillInput])
  @ArrayMaxSize(15)
  @ArrayUnique((skill: ProfileSkillInput) => skill.skillId)
  @ValidateNested({ each: true })
  @Type(() => ProfileSkillInput)
  skills: ProfileSkillInput[];

  @Field(() => [ProfileLanguageInput])
  @ArrayMaxSize(10)
  @ArrayUnique((language: ProfileLanguageInput) => language.language)
  @ValidateNested({ each: true })
  @Type(() => ProfileLanguageInput)
  languages: ProfileLanguageInput[];

  @Field(() => [WorkHistoryInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => WorkHistoryInput)
  workHistory: WorkHistoryInput[];

  @Field(() => [PortfolioLinkInput], { defaultValue: [] })
  @ArrayMaxSize(10)
  @ArrayUnique((link: PortfolioLinkInput) => link.url)
  @ValidateNested({ each: true })
  @Type(() => PortfolioLinkInput)
  portfolioLinks: PortfolioLinkInput[];

  @Field(() => [ReferenceInput], { defaultValue: [], description: 'At least two are needed to apply.' })
  @ArrayMaxSize(5)
  @ArrayUnique((reference: ReferenceInput) => reference.email)
  @ValidateNested({ each: true })
  @Type(() => ReferenceInput)
  references: ReferenceInput[];
}
