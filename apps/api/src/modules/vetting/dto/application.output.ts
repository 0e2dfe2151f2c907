import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { FreelancerProfile, ResumeFile, Skill } from '../../freelancers/dto/freelancer-profile.output.js';
import { ApplicationStatus, CriterionWeight, PipelineStage, SlaStatus, VettingEventKind } from './enums.js';
import { MyTestAttempt, OpsTestAttempt } from './skill-test.output.js';

@ObjectType('StageCriterion')
export class StageCriterion {
  @Field({ description: 'Stable key; the apps translate it.' })
  key: string;

  @Field(() => CriterionWeight)
  weight: string;
}

@ObjectType('VettingStageInfo')
export class VettingStageInfo {
  @Field(() => PipelineStage)
  stage: string;

  @Field(() => Int)
  slaHours: number;

  @Field(() => [StageCriterion], { description: 'What the stage is scored on (none for the decision).' })
  criteria: StageCriterion[];
}

@ObjectType('ScorecardLine')
export class ScorecardLine {
  @Field()
  criterion: string;

  @Field(() => CriterionWeight)
  weight: string;

  @Field(() => Int, { description: '1 poor, 2 below the bar, 3 meets it, 4 exceeds it.' })
  rating: number;

  @Field()
  comment: string;
}

@ObjectType('NextStep', { description: 'What happens next for the VA, as a key the app translates, with a date.' })
export class NextStep {
  @Field()
  key: string;

  @Field(() => Date, { nullable: true })
  dueAt: Date | null;
}

@ObjectType('VettingTimelineEntry', {
  description: 'A step of the application as the VA sees it (no scores or notes).',
})
export class VettingTimelineEntry {
  @Field(() => VettingEventKind)
  kind: string;

  @Field(() => PipelineStage)
  stage: string;

  @Field()
  occurredAt: Date;

  @Field(() => String, { nullable: true })
  message: string | null;
}

@ObjectType('InterviewSlot')
export class InterviewSlot {
  @Field(() => ID)
  id: string;

  @Field()
  startsAt: Date;

  @Field(() => Int)
  durationMinutes: number;

  @Field()
  meetingUrl: string;

  @Field(() => Date, { nullable: true })
  bookedAt: Date | null;
}

@ObjectType('Badge')
export class Badge {
  @Field(() => Skill)
  skill: Skill;

  @Field(() => Int)
  scorePercent: number;

  @Field()
  awardedAt: Date;
}

@ObjectType('MyVettingApplication')
export class MyVettingApplication {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicationStatus)
  status: string;

  @Field(() => PipelineStage)
  stage: string;

  @Field()
  submittedAt: Date;

  @Field()
  stageEnteredAt: Date;

  @Field(() => String, { nullable: true })
  returnRequest: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true, description: 'Calendar date (YYYY-MM-DD) from which the VA may apply again.' })
  reapplyAfter: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Set on approval.' })
  vettingScore: number | null;

  @Field(() => NextStep)
  nextStep: NextStep;

  @Field(() => [VettingTimelineEntry])
  timeline: VettingTimelineEntry[];

  @Field(() => MyTestAttempt, { nullable: true, description: 'The test to take or being taken now.' })
  testAttempt: MyTestAttempt | null;

  @Field(() => [InterviewSlot])
  interviewSlots: InterviewSlot[];

  @Field(() => [Badge])
  badges: Badge[];
}

@ObjectType('OpsUserRef')
export class OpsUserRef {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;
}

@ObjectType('ApplicantRef')
export class ApplicantRef {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field()
  timeZone: string;

  @Field()
  locale: string;
}

@ObjectType('VettingQueueItem')
export class VettingQueueItem {
  @Field(() => ID)
  id: string;

  @Field(() => ApplicantRef)
  freelancer: ApplicantRef;

  @Field(() => PipelineStage)
  stage: string;

  @Field(() => ApplicationStatus)
  status: string;

  @Field()
  submittedAt: Date;

  @Field()
  stageEnteredAt: Date;

  @Field({ description: 'When the stage should be done by.' })
  slaDueAt: Date;

  @Field(() => SlaStatus)
  slaStatus: string;

  @Field(() => OpsUserRef, { nullable: true })
  claimedBy: OpsUserRef | null;
}

@ObjectType('VettingQueuePage')
export class VettingQueuePage {
  @Field(() => [VettingQueueItem])
  items: VettingQueueItem[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('VettingStageSummary')
export class VettingStageSummary {
  @Field(() => PipelineStage)
  stage: string;

  @Field(() => Int)
  total: number;

  @Field(() => Int)
  unclaimed: number;

  @Field(() => Int)
  dueSoon: number;

  @Field(() => Int)
  overdue: number;

  @Field(() => Date, { nullable: true })
  oldestEnteredAt: Date | null;
}

@ObjectType('VettingEvent')
export class VettingEvent {
  @Field(() => ID)
  id: string;

  @Field(() => VettingEventKind)
  kind: string;

  @Field(() => PipelineStage)
  stage: string;

  @Field()
  occurredAt: Date;

  @Field(() => OpsUserRef, { nullable: true, description: 'Who did it (ops, or the VA for their own steps).' })
  actor: OpsUserRef | null;

  @Field(() => [ScorecardLine], { nullable: true })
  scorecard: ScorecardLine[] | null;

  @Field(() => String, { nullable: true, description: 'Ops-only notes.' })
  notes: string | null;

  @Field(() => String, { nullable: true, description: 'What the VA was told.' })
  message: string | null;
}

@ObjectType('VettingApplication', { description: 'An application as ops review it.' })
export class VettingApplication extends VettingQueueItem {
  @Field(() => String, { nullable: true })
  returnRequest: string | null;

  @Field(() => String, { nullable: true })
  rejectionReason: string | null;

  @Field(() => String, { nullable: true })
  reapplyAfter: string | null;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field(() => Int, { nullable: true })
  vettingScore: number | null;

  @Field(() => ResumeFile, { nullable: true, description: 'The résumé submitted with the application.' })
  resume: ResumeFile | null;

  @Field(() => FreelancerProfile, { nullable: true })
  profile: FreelancerProfile | null;

  @Field(() => [VettingEvent])
  events: VettingEvent[];

  @Field(() => [OpsTestAttempt])
  testAttempts: OpsTestAttempt[];

  @Field(() => [InterviewSlot])
  interviewSlots: InterviewSlot[];

  @Field(() => [Badge])
  badges: Badge[];
}

@ObjectType('FunnelStage')
export class FunnelStage {
  @Field(() => PipelineStage)
  stage: string;

  @Field(() => Int, { description: 'Applications that reached the stage.' })
  entered: number;

  @Field(() => Int)
  passed: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Int, { description: 'Still in the stage (in review or back with the VA).' })
  inProgress: number;

  @Field(() => Float, { nullable: true, description: 'passed / (passed + rejected); null before any decision.' })
  passRate: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursInStage: number | null;
}

@ObjectType('VettingFunnel')
export class VettingFunnel {
  @Field()
  from: Date;

  @Field()
  to: Date;

  @Field(() => Int)
  submitted: number;

  @Field(() => Int)
  approved: number;

  @Field(() => Int)
  rejected: number;

  @Field(() => Float, { nullable: true, description: 'approved / (approved + rejected).' })
  acceptanceRate: number | null;

  @Field(() => Float, { nullable: true })
  medianHoursToDecision: number | null;

  @Field(() => [FunnelStage])
  stages: FunnelStage[];
}
