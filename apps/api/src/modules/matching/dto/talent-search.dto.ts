import { ArgsType, Field, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsISO6391,
  IsOptional,
  IsTimeZone,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { SUPPORTED_CURRENCIES } from '../../../platform/money/currencies.js';
import { trim } from '../../../platform/validation/transforms.js';
import { CefrLevel, SkillLevel } from '../../freelancers/dto/freelancer-profile.output.js';
import { CEFR_LEVELS, SKILL_LEVELS } from '../../freelancers/freelancers.service.js';
import { MatchedFreelancer, ScoredMatch } from './job-match.output.js';

/** Results a search pages through: ten pages of twenty, as far as anyone reads a ranked list. */
export const TALENT_SEARCH_DEPTH = 200;

@InputType()
export class TalentSkillInput {
  @Field(() => ID)
  @IsUUID()
  skillId: string;

  @Field(() => SkillLevel, { defaultValue: 'beginner', description: 'The lowest level accepted.' })
  @IsIn(SKILL_LEVELS)
  minLevel: (typeof SKILL_LEVELS)[number] = 'beginner';
}

@InputType()
export class TalentLanguageInput {
  @Field()
  @IsISO6391()
  language: string;

  @Field(() => CefrLevel)
  @IsIn(CEFR_LEVELS)
  minLevel: (typeof CEFR_LEVELS)[number];
}

/** What a business looks for in the vetted pool; everything is optional. */
@InputType()
export class TalentSearchInput {
  @Field(() => [TalentSkillInput], { defaultValue: [] })
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => TalentSkillInput)
  skills: TalentSkillInput[] = [];

  @Field(() => [TalentLanguageInput], { defaultValue: [] })
  @ArrayMaxSize(3)
  @ValidateNested({ each: true })
  @Type(() => TalentLanguageInput)
  languages: TalentLanguageInput[] = [];

  @Field(() => String, { nullable: true, description: "The business's time zone; the searcher's own when omitted." })
  @IsOptional()
  @IsTimeZone()
  timeZone?: string | null;

  @Field(() => Int, { defaultValue: 540, description: 'Start of the working day, minutes after local midnight.' })
  @Min(0)
  @Max(1439)
  workStartMinute: number = 540;

  @Field(() => Int, { defaultValue: 1020 })
  @Min(0)
  @Max(1439)
  workEndMinute: number = 1020;

  @Field(() => Int, { defaultValue: 0, description: 'Hours a day the working days must share.' })
  @Min(0)
  @Max(12)
  minOverlapHours: number = 0;

  @Field({ defaultValue: 'USD', description: 'The currency of the rate range.' })
  @IsIn(SUPPORTED_CURRENCIES)
  currency: string = 'USD';

  @Field(() => Int, { nullable: true, description: 'Lowest hourly rate, minor units.' })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  rateMinMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Highest hourly rate, minor units.' })
  @IsOptional()
  @Min(0)
  @Max(100_000)
  rateMaxMinor?: number | null;

  @Field(() => Int, { defaultValue: 1, description: 'Free hours a week the VA must have.' })
  @Min(1)
  @Max(60)
  minWeeklyHours: number = 1;

  @Field({ defaultValue: false, description: 'Keep VAs who are on leave today.' })
  @IsBoolean()
  includeOnLeave: boolean = false;

  @Field({ defaultValue: '', description: 'Words to rank profiles by (headline, skills, bio).' })
  @Transform(trim)
  @MaxLength(200)
  words: string = '';
}

@ArgsType()
export class TalentSearchArgs {
  @Field(() => TalentSearchInput)
  @ValidateNested()
  @Type(() => TalentSearchInput)
  search: TalentSearchInput;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(TALENT_SEARCH_DEPTH - 1)
  offset = 0;

  @Field(() => Int, { defaultValue: 20 })
  @Min(1)
  @Max(50)
  limit = 20;
}

@ObjectType('TalentMatch', { description: 'A VA who meets the search, and why they rank where they do.' })
export class TalentMatch extends ScoredMatch {
  @Field(() => MatchedFreelancer)
  freelancer: MatchedFreelancer;
}

@ObjectType('TalentSearchPage')
export class TalentSearchPage {
  @Field(() => [TalentMatch])
  items: TalentMatch[];

  @Field(() => Int, { description: 'VAs who meet the search; pages reach the first 200.' })
  totalCount: number;
}

@ArgsType()
export class InviteToJobArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;

  @Field(() => ID)
  @IsUUID()
  freelancerId: string;
}
