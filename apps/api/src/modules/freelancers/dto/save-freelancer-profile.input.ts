import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsIn,
  IsISO6391,
  IsISO31661Alpha2,
  IsOptional,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SUPPORTED_CURRENCIES } from '../../../platform/money/currencies.js';
import { CEFR_LEVELS } from '../entities/freelancer-language.entity.js';
import { SKILL_LEVELS } from '../entities/freelancer-skill.entity.js';
import { CefrLevel, SkillLevel } from './freelancer-profile.output.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

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
}
