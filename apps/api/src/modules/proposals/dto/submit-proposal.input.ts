import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsISO8601, IsUUID, Length, Max, Min } from 'class-validator';
import { trim, trimEach } from '../../../platform/validation/transforms.js';

@InputType()
export class SubmitProposalInput {
  @Field(() => ID)
  @IsUUID()
  jobId: string;

  @Field()
  @Transform(trim)
  @Length(50, 5000)
  coverLetter: string;

  @Field(() => Int, { description: "Minor units of the job's currency, as the job's budget kind means it." })
  @Min(1)
  @Max(100_000_000)
  amountMinor: number;

  @Field(() => [String], { defaultValue: [] })
  @Transform(trimEach)
  @ArrayMaxSize(10)
  @Length(1, 2000, { each: true })
  screeningAnswers: string[] = [];

  @Field({ description: 'First day the VA can start (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  @Length(10, 10)
  availableFrom: string;
}
