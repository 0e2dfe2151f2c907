import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { trim } from '../../../platform/validation/transforms.js';
import { CONTRACT_KINDS, type ContractKind as ContractKindValue } from '../entities/contract-terms.js';
import { ContractKind } from './contract.output.js';

@InputType()
export class MilestoneInput {
  @Field()
  @Transform(trim)
  @Length(3, 120)
  title: string;

  @Field(() => Int, { description: "Minor units of the job's currency." })
  @Min(1)
  @Max(100_000_000)
  amountMinor: number;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  dueDate?: string | null;
}

/** The terms a business offers the VA behind a proposal; which amounts are needed depends on `kind`. */
@InputType()
export class MakeOfferInput {
  @Field(() => ID)
  @IsUUID()
  proposalId: string;

  @Field(() => ContractKind)
  @IsIn(CONTRACT_KINDS)
  kind: ContractKindValue;

  @Field(() => Int, { nullable: true, description: 'Hourly: the rate in minor units.' })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  hourlyRateMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Hourly: most hours the VA may bill a week.' })
  @IsOptional()
  @Min(1)
  @Max(80)
  weeklyLimitHours?: number | null;

  @Field(() => Int, { nullable: true, description: 'Retainer: the amount paid each month, in minor units.' })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  monthlyAmountMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Retainer: hours a month the amount buys.' })
  @IsOptional()
  @Min(1)
  @Max(320)
  monthlyHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Retainer: most unused hours carried into the next month (default 10).',
  })
  @IsOptional()
  @Min(0)
  @Max(80)
  rolloverCapHours?: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "Retainer: an hour beyond the month's hours and rollover, in minor units (default 1.5× the month's hourly price).",
  })
  @IsOptional()
  @Min(1)
  @Max(100_000_000)
  overageRateMinor?: number | null;

  @Field(() => Int, { nullable: true, description: 'Retainer: days of notice before it ends (default 14).' })
  @IsOptional()
  @Min(0)
  @Max(90)
  noticeDays?: number | null;

  @Field(() => [MilestoneInput], { defaultValue: [], description: 'Fixed price: the milestones, in order.' })
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => MilestoneInput)
  milestones: MilestoneInput[] = [];

  @Field(() => Int, {
    defaultValue: 0,
    description:
      '0 for none, else 1–4 weeks of paid trial: the first milestone, or a pro-rata first period of a retainer.',
  })
  @Min(0)
  @Max(4)
  trialWeeks = 0;

  @Field({ description: 'YYYY-MM-DD, today or later where the job is.' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  startDate: string;

  @Field(() => String, { defaultValue: '' })
  @Transform(trim)
  @MaxLength(2000)
  message = '';
}
