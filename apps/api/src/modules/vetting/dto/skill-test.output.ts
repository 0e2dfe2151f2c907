import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Skill } from '../../freelancers/dto/freelancer-profile.output.js';
import { AttemptStatus, QuestionKind } from './enums.js';

@ObjectType('RubricLine')
export class RubricLine {
  @Field()
  criterion: string;

  @Field(() => Int)
  maxPoints: number;
}

@ObjectType('TestQuestion', { description: 'A question as the VA sees it: no answer key.' })
export class TestQuestion {
  @Field(() => ID)
  id: string;

  @Field(() => QuestionKind)
  kind: string;

  @Field()
  prompt: string;

  @Field(() => [String])
  options: string[];

  @Field(() => Int, { description: 'Points it is worth (a practical task: its rubric total).' })
  maxPoints: number;

  @Field(() => [RubricLine], { description: 'How a practical task is graded.' })
  rubric: RubricLine[];
}

@ObjectType('KeyedTestQuestion', { description: 'A question with its answer key, for ops.' })
export class KeyedTestQuestion extends TestQuestion {
  @Field(() => Int, { nullable: true })
  correctOption: number | null;

  @Field(() => Int)
  points: number;
}

@ObjectType('SkillTestSummary')
export class SkillTestSummary {
  @Field(() => ID)
  id: string;

  @Field(() => Skill)
  skill: Skill;

  @Field()
  title: string;

  @Field(() => Int)
  timeLimitMinutes: number;

  @Field(() => Int)
  passPercent: number;

  @Field()
  active: boolean;

  @Field(() => ID, { nullable: true, description: 'The version this one replaced.' })
  replacesId: string | null;

  @Field(() => Int)
  questionCount: number;

  @Field()
  createdAt: Date;
}

@ObjectType('SkillTest')
export class SkillTest extends SkillTestSummary {
  @Field()
  instructions: string;

  @Field(() => [KeyedTestQuestion])
  questions: KeyedTestQuestion[];
}

@ObjectType('TestAnswer')
export class TestAnswer {
  @Field(() => ID)
  questionId: string;

  @Field(() => Int, { nullable: true })
  choice: number | null;

  @Field(() => String, { nullable: true })
  text: string | null;
}

@ObjectType('RubricScore')
export class RubricScoreOutput {
  @Field()
  criterion: string;

  @Field(() => Int)
  points: number;
}

@ObjectType('GradedTestAnswer')
export class GradedTestAnswer extends TestAnswer {
  @Field(() => Int, { nullable: true })
  pointsAwarded: number | null;

  @Field(() => [RubricScoreOutput], { nullable: true })
  rubricScores: RubricScoreOutput[] | null;
}

@ObjectType('MyTestAttempt', { description: "The VA's own sitting. Questions appear once the VA starts." })
export class MyTestAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => AttemptStatus)
  status: string;

  @Field()
  title: string;

  @Field()
  instructions: string;

  @Field(() => Int)
  timeLimitMinutes: number;

  @Field()
  assignedAt: Date;

  @Field({ description: 'Start the test by then.' })
  startBy: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'Fixed by the server when the VA starts; answers after it are refused.',
  })
  deadlineAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field({ description: "The server's clock, so the app's timer does not trust the device's." })
  serverNow: Date;

  @Field(() => [TestQuestion])
  questions: TestQuestion[];

  @Field(() => [TestAnswer])
  answers: TestAnswer[];
}

@ObjectType('OpsTestAttempt')
export class OpsTestAttempt {
  @Field(() => ID)
  id: string;

  @Field(() => AttemptStatus)
  status: string;

  @Field(() => SkillTestSummary)
  test: SkillTestSummary;

  @Field()
  assignedAt: Date;

  @Field(() => Date, { nullable: true })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true })
  deadlineAt: Date | null;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true })
  gradedAt: Date | null;

  @Field(() => Int, { nullable: true })
  scorePercent: number | null;

  @Field(() => Boolean, { nullable: true })
  passed: boolean | null;

  @Field(() => [KeyedTestQuestion])
  questions: KeyedTestQuestion[];

  @Field(() => [GradedTestAnswer])
  answers: GradedTestAnswer[];
}
