import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsBoolean,
  IsIn,
  IsISO6391,
  IsISO8601,
  IsOptional,
  IsTimeZone,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SUPPORTED_CURRENCIES } from '../../../platform/money/currencies.js';
import { trim, trimEach } from '../../../platform/validation/transforms.js';
import { CefrLevel } from '../../freelancers/dto/freelancer-profile.output.js';
import { CEFR_LEVELS } from '../../freelancers/freelancers.service.js';
import { BUDGET_KINDS } from '../entities/job-post.entity.js';
import { SKILL_IMPORTANCE } from '../entities/job-post-skill.entity.js';
import { BudgetKind, SkillImportance } from './job-post.output.js';

@InputType()
export class JobSkillInput {
  @Field(() => ID)
  @IsUUID()
  skillId: string;

  @Field(() => SkillImportance)
  @IsIn(SKILL_IMPORTANCE)
  importance: (typeof SKILL_IMPORTANCE)[number];
}

@InputType()
export class JobLanguageInput {
  @Field()
  @IsISO6391()
  language: string;

  @Field(() => CefrLevel)
  @IsIn(CEFR_LEVELS)
  minLevel: (typeof CEFR_LEVELS)[number];
}

/** The whole post, saved at once (skills and languages replaced). A draft may be incomplete; publishing checks it. */
@InputType()
export class SaveJobPostInput {
  @Field(() => ID, { nullable: true, description: 'Omit to start a new draft.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(120)
  title: string = '';

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(5000)
  summary: string = '';

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimEach)
  @ArrayMaxSize(20)
  @MaxLength(300, { each: true })
  tasks: string[] = [];

  @Field(() => [JobSkillInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => JobSkillInput)
  @ArrayMaxSize(15)
  @ArrayUnique((skill: JobSkillInput) => skill.skillId)
  skills: JobSkillInput[] = [];

  @Field(() => [JobLanguageInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => JobLanguageInput)
  @ArrayMaxSize(6)
  @ArrayUnique((language: JobLanguageInput) => language.language)
  languages: JobLanguageInput[] = [];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(1)
  @Max(60)
  weeklyHours?: number | null;

  @Field(() => BudgetKind, { nullable: true })
  @IsOptional()
  @IsIn(BUDGET_KINDS)
  budgetKind?: (typeof BUDGET_KINDS)[number] | null;

  @Field(() => Int, { nullable: true, description: 'Hourly budgets: the low end, in minor units.' })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  budgetMinMinor?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'The hourly high end, the fixed price, or the monthly retainer, in minor units.',
  })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  budgetMaxMinor?: number | null;

  @Field({ defaultValue: 'USD' })
  @IsIn(SUPPORTED_CURRENCIES)
  currency: string = 'USD';

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  startDate?: string | null;

  @Field(() => Int, { nullable: true, description: 'Expected length in weeks; empty for ongoing work.' })
  @IsOptional()
  @Min(1)
  @Max(104)
  durationWeeks?: number | null;

  @Field({ defaultValue: 'UTC' })
  @IsTimeZone()
  timeZone: string = 'UTC';

  @Field(() => Int, {
    defaultValue: 540,
    description: "Start of the client's working day, minutes after local midnight.",
  })
  @Min(0)
  @Max(1439)
  workStartMinute: number = 540;

  @Field(() => Int, { defaultValue: 1020 })
  @Min(1)
  @Max(1440)
  workEndMinute: number = 1020;

  @Field(() => Int, { defaultValue: 0, description: 'Hours a day the VA must work at the same time as the client.' })
  @Min(0)
  @Max(12)
  minOverlapHours: number = 0;

  @Field(() => Int, { defaultValue: 0, description: 'Paid trial length in weeks: 0 (none) to 4.' })
  @Min(0)
  @Max(4)
  trialWeeks: number = 0;

  @Field({ defaultValue: false })
  @IsBoolean()
  ndaRequired: boolean = false;

  @Field({ defaultValue: false, description: "Posted without the organisation's name." })
  @IsBoolean()
  confidential: boolean = false;

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimEach)
  @ArrayMaxSize(5)
  @Length(1, 500, { each: true })
  screeningQuestions: string[] = [];
}
