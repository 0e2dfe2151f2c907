import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';
import { trim } from '../../../platform/validation/transforms.js';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A day worked with a start and an end (the VA's local "HH:MM"), or with a duration. */
@InputType({ isAbstract: true })
class TimeEntryFields {
  @Field({ description: "The day worked, in the VA's time zone (YYYY-MM-DD)." })
  @IsISO8601({ strict: true })
  @Matches(/^\d{4}-\d{2}-\d{2}$/)
  workDate: string;

  @Field(() => String, { nullable: true, description: 'Local "HH:MM"; with `endTime`, instead of `minutes`.' })
  @IsOptional()
  @Matches(CLOCK)
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: 'Local "HH:MM"; at or before the start is the next day.' })
  @IsOptional()
  @Matches(CLOCK)
  endTime?: string | null;

  @Field(() => Int, { nullable: true, description: 'A duration, instead of a start and an end.' })
  @IsOptional()
  @Min(1)
  @Max(24 * 60)
  minutes?: number | null;

  @Field({ description: 'What was done: the proof of work the business signs off.' })
  @Transform(trim)
  @Length(1, 1000)
  memo: string;

  @Field({ defaultValue: '', description: 'Which of the work it was for (a task of the job post, say).' })
  @Transform(trim)
  @MaxLength(120)
  task: string = '';

  @Field(() => ID, {
    nullable: true,
    description: 'A file uploaded for the week (POST /files/hand-ins?milestoneId=<week>) that goes with the entry.',
  })
  @IsOptional()
  @IsUUID()
  fileId?: string | null;
}

@InputType()
export class LogTimeInput extends TimeEntryFields {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

@InputType()
export class UpdateTimeEntryInput extends TimeEntryFields {
  @Field(() => ID)
  @IsUUID()
  id: string;
}

@InputType()
export class StartTimerInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(1000)
  memo: string = '';
}

@ArgsType()
export class HourlyWeeksArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

@InputType()
export class DisputeTimeEntriesInput {
  @Field(() => ID, { description: 'The handed-in week.' })
  @IsUUID()
  weekId: string;

  @Field(() => [ID], { description: "The entries the business questions; the week's other hours release as usual." })
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  entryIds: string[];

  @Field({ description: 'What is wrong with them (10–2,000 characters).' })
  @IsString()
  @Transform(trim)
  @Length(10, 2_000)
  reason: string;
}
