import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsDate,
  IsIn,
  IsISO8601,
  IsOptional,
  IsUrl,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';
import { trim } from '../../../platform/validation/transforms.js';
import { QUESTION_KINDS } from '../entities/skill-test-question.entity.js';
import { PIPELINE_STAGES } from '../vetting.rules.js';
import { PipelineStage, QuestionKind, QueueAssignment } from './enums.js';

@ArgsType()
export class VettingQueueArgs extends PageArgs {
  @Field(() => PipelineStage, { nullable: true })
  @IsOptional()
  @IsIn(PIPELINE_STAGES)
  stage?: (typeof PIPELINE_STAGES)[number];

  @Field(() => QueueAssignment, { defaultValue: 'any' })
  @IsIn(['any', 'mine', 'unclaimed'])
  assignment: 'any' | 'mine' | 'unclaimed' = 'any';

  @Field({ defaultValue: false, description: 'List applications waiting on the VA instead of those in review.' })
  @IsBoolean()
  returned: boolean = false;

  @Field({ nullable: true })
  @IsOptional()
  @Transform(trim)
  @Length(1, 100)
  search?: string;
}

@InputType()
export class ScorecardInput {
  @Field()
  @Length(1, 60)
  criterion: string;

  @Field(() => Int)
  @Min(1)
  @Max(4)
  rating: number;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(1000)
  comment: string = '';
}

@InputType()
export class AdvanceApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field(() => [ScorecardInput])
  @ValidateNested({ each: true })
  @Type(() => ScorecardInput)
  @ArrayMaxSize(20)
  scorecard: ScorecardInput[];

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(5000)
  notes: string = '';
}

@InputType()
export class ReturnApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field({ description: 'What the VA should change; they read it in the app and by e-mail.' })
  @Transform(trim)
  @Length(10, 2000)
  request: string;
}

@InputType()
export class RejectApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field({ description: 'Told to the VA, politely.' })
  @Transform(trim)
  @Length(10, 2000)
  reason: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD; defaults to 90 days from today.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  @Length(10, 10)
  reapplyAfter?: string | null;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(5000)
  notes: string = '';
}

@InputType()
export class ApproveApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(5000)
  notes: string = '';
}

@InputType()
export class ReopenApplicationInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field()
  @Transform(trim)
  @Length(10, 2000)
  reason: string;
}

@InputType()
export class ProposeInterviewInput {
  @Field(() => ID)
  @IsUUID()
  applicationId: string;

  @Field(() => [Date])
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsDate({ each: true })
  startTimes: Date[];

  @Field(() => Int, { defaultValue: 30 })
  @Min(15)
  @Max(120)
  durationMinutes: number = 30;

  @Field()
  @IsUrl({ protocols: ['https'], require_protocol: true })
  @MaxLength(500)
  meetingUrl: string;
}

@InputType()
export class AnswerQuestionInput {
  @Field(() => ID)
  @IsUUID()
  attemptId: string;

  @Field(() => ID)
  @IsUUID()
  questionId: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(20)
  choice?: number | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(20_000)
  text?: string | null;
}

@InputType()
export class RubricScoreInput {
  @Field()
  @Length(1, 200)
  criterion: string;

  @Field(() => Int)
  @Min(0)
  @Max(100)
  points: number;
}

@InputType()
export class QuestionGradeInput {
  @Field(() => ID)
  @IsUUID()
  questionId: string;

  @Field(() => [RubricScoreInput])
  @ValidateNested({ each: true })
  @Type(() => RubricScoreInput)
  @ArrayMaxSize(20)
  rubricScores: RubricScoreInput[];
}

@InputType()
export class GradeAttemptInput {
  @Field(() => ID)
  @IsUUID()
  attemptId: string;

  @Field(() => [QuestionGradeInput])
  @ValidateNested({ each: true })
  @Type(() => QuestionGradeInput)
  @ArrayMaxSize(50)
  grades: QuestionGradeInput[];
}

@InputType()
export class RubricLineInput {
  @Field()
  @Transform(trim)
  @Length(1, 200)
  criterion: string;

  @Field(() => Int)
  @Min(1)
  @Max(100)
  maxPoints: number;
}

@InputType()
export class TestQuestionInput {
  @Field(() => QuestionKind)
  @IsIn(QUESTION_KINDS)
  kind: (typeof QUESTION_KINDS)[number];

  @Field()
  @Transform(trim)
  @Length(1, 5000)
  prompt: string;

  @Field(() => [String], { defaultValue: [] })
  @ArrayMaxSize(8)
  @MaxLength(500, { each: true })
  options: string[] = [];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @Min(0)
  @Max(7)
  correctOption?: number | null;

  @Field(() => Int, { defaultValue: 1 })
  @Min(1)
  @Max(100)
  points: number = 1;

  @Field(() => [RubricLineInput], { defaultValue: [] })
  @ValidateNested({ each: true })
  @Type(() => RubricLineInput)
  @ArrayMaxSize(10)
  rubric: RubricLineInput[] = [];
}

@InputType()
export class SaveSkillTestInput {
  @Field(() => ID, { nullable: true, description: 'Omit to create a test.' })
  @IsOptional()
  @IsUUID()
  id?: string | null;

  @Field(() => ID)
  @IsUUID()
  skillId: string;

  @Field()
  @Transform(trim)
  @Length(3, 160)
  title: string;

  @Field({ defaultValue: '' })
  @Transform(trim)
  @MaxLength(5000)
  instructions: string = '';

  @Field(() => Int)
  @Min(5)
  @Max(240)
  timeLimitMinutes: number;

  @Field(() => Int)
  @Min(1)
  @Max(100)
  passPercent: number;

  @Field({ defaultValue: true })
  @IsBoolean()
  active: boolean = true;

  @Field(() => [TestQuestionInput])
  @ValidateNested({ each: true })
  @Type(() => TestQuestionInput)
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  questions: TestQuestionInput[];
}
