import { Injectable } from '@nestjs/common';
import { FreelancersService, type Skill } from '../freelancers/freelancers.service.js';
import { type User, UsersService } from '../identity/users.service.js';
import type {
  Badge,
  FunnelStage,
  MyVettingApplication,
  NextStep,
  VettingApplication,
  VettingFunnel,
  VettingQueueItem,
  VettingStageInfo,
  VettingStageSummary,
} from './dto/application.output.js';
import type {
  KeyedTestQuestion,
  MyTestAttempt,
  OpsTestAttempt,
  SkillTestSummary,
  TestQuestion,
} from './dto/skill-test.output.js';
import type { InterviewSlotEntity } from './entities/interview-slot.entity.js';
import type { SkillTestEntity } from './entities/skill-test.entity.js';
import { attemptStatus, type SkillTestAttemptEntity } from './entities/skill-test-attempt.entity.js';
import { maxPoints, type SkillTestQuestionEntity } from './entities/skill-test-question.entity.js';
import type { VettingApplicationEntity } from './entities/vetting-application.entity.js';
import type { VettingEventKind } from './entities/vetting-event.entity.js';
import { SkillTestsRepository } from './skill-tests.repository.js';
import { type QueueFilter, VettingRepository } from './vetting.repository.js';
import {
  PIPELINE_STAGES,
  type PipelineStage,
  STAGE_CRITERIA,
  STAGE_SLA_HOURS,
  slaStatus,
  TEST_START_DAYS,
} from './vetting.rules.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/** Steps the VA sees in their timeline; claims, reopenings and grading stay internal. */
const VISIBLE_TO_FREELANCER = new Set<VettingEventKind>([
  'submitted',
  'resubmitted',
  'advanced',
  'returned',
  'rejected',
  'approved',
  'test_assigned',
  'test_started',
  'test_submitted',
  'interview_proposed',
  'interview_booked',
]);

/**
 * The read side of vetting: assembles what the VA and ops see from a fixed number of queries
 * per view, whatever the number of events, attempts or slots.
 */
@Injectable()
export class VettingViewsService {
  constructor(
    private readonly vetting: VettingRepository,
    private readonly tests: SkillTestsRepository,
    private readonly freelancers: FreelancersService,
    private readonly users: UsersService,
  ) {}

  stages(): VettingStageInfo[] {
    return PIPELINE_STAGES.map((stage) => ({
      stage,
      slaHours: STAGE_SLA_HOURS[stage],
      criteria: stage === 'decision' ? [] : STAGE_CRITERIA[stage].map(({ key, weight }) => ({ key, weight })),
    }));
  }

  async myApplication(freelancerId: string, now = new Date()): Promise<MyVettingApplication | null> {
    const application = await this.vetting.findLatestApplication(freelancerId);
    if (!application) return null;
    const [events, attempts, slots, badges] = await Promise.all([
      this.vetting.events(application.id),
      this.tests.attemptsOfApplications([application.id]),
      this.vetting.slots(application.id),
      this.badgesOf(freelancerId),
    ]);
    const current = attempts.at(-1) ?? null;
    const [questions, answers] = current?.startedAt
      ? await Promise.all([this.tests.questions([current.testId]), this.tests.answers([current.id])])
      : [[], []];
    const testAttempt = current && this.myAttempt(current, questions, answers, now);
    const approved = application.status === 'approved';
    return {
      id: application.id,
      status: application.status,
      stage: application.stage,
      submittedAt: application.submittedAt,
      stageEnteredAt: application.stageEnteredAt,
      returnRequest: application.status === 'returned' ? application.returnRequest : null,
      rejectionReason: application.status === 'rejected' ? application.rejectionReason : null,
      reapplyAfter: application.status === 'rejected' ? application.reapplyAfter : null,
      decidedAt: application.decidedAt,
      vettingScore: approved ? application.vettingScore : null,
      nextStep: nextStepFor(application, testAttempt, slots, now),
      timeline: events
        .filter((event) => VISIBLE_TO_FREELANCER.has(event.kind))
        .map(({ kind, stage, occurredAt, message }) => ({ kind, stage, occurredAt, message })),
      testAttempt,
      interviewSlots: slots,
      badges: approved ? badges : [],
    };
  }

  /** A page of the queue; a search matches the VA's name or e-mail. */
  async queue(
    { search, ...filter }: QueueFilter & { search?: string },
    page: { offset: number; limit: number },
    now = new Date(),
  ) {
    const freelancerIds = search
      ? await this.users.idsMatching(await this.vetting.queueFreelancerIds(filter), search)
      : undefined;
    const { items, totalCount } = await this.vetting.queue({ ...filter, freelancerIds }, page);
    const people = await this.users.byIds(items.flatMap(peopleOf));
    return { items: items.map((application) => queueItem(application, people, now)), totalCount };
  }

  async stageSummaries(now = new Date()): Promise<VettingStageSummary[]> {
    const rows = await this.vetting.inReviewAges();
    return PIPELINE_STAGES.map((stage) => {
      const inStage = rows.filter((row) => row.stage === stage);
      const statuses = inStage.map((row) => slaStatus(stage, row.stageEnteredAt, now));
      const oldest = inStage.reduce<Date | null>(
        (min, row) => (min === null || row.stageEnteredAt < min ? row.stageEnteredAt : min),
        null,
      );
      return {
        stage,
        total: inStage.length,
        unclaimed: inStage.filter((row) => !row.claimedById).length,
        dueSoon: statuses.filter((status) => status === 'due_soon').length,
        overdue: statuses.filter((status) => status === 'overdue').length,
        oldestEnteredAt: oldest,
      };
    });
  }

  async opsApplication(application: VettingApplicationEntity, now = new Date()): Promise<VettingApplication> {
    const [events, attempts, slots, profile, badges, resume] = await Promise.all([
      this.vetting.events(application.id),
      this.tests.attemptsOfApplications([application.id]),
      this.vetting.slots(application.id),
      this.freelancers.profile(application.freelancerId),
      this.badgesOf(application.freelancerId),
      application.resumeId ? this.freelancers.resume(application.resumeId) : null,
    ]);
    const testIds = [...new Set(attempts.map((attempt) => attempt.testId))];
    const [questions, answers, summaries, people] = await Promise.all([
      this.tests.questions(testIds),
      this.tests.answers(attempts.map((attempt) => attempt.id)),
      this.testSummaries(attempts.map((attempt) => attempt.test as SkillTestEntity)),
      this.users.byIds([...peopleOf(application), ...events.flatMap((event) => event.actorId ?? [])]),
    ]);
    return {
      ...queueItem(application, people, now),
      returnRequest: application.returnRequest,
      rejectionReason: application.rejectionReason,
      reapplyAfter: application.reapplyAfter,
      decidedAt: application.decidedAt,
      vettingScore: application.vettingScore,
      resume,
      profile: profile && this.freelancers.toOutput(profile),
      events: events.map((event) => ({
        id: event.id,
        kind: event.kind,
        stage: event.stage,
        occurredAt: event.occurredAt,
        actor: event.actorId ? person(people, event.actorId) : null,
        scorecard: event.scorecard,
        notes: event.notes,
        message: event.message,
      })),
      testAttempts: attempts.map((attempt, index) =>
        opsAttempt(
          attempt,
          summaries[index] as SkillTestSummary,
          questions.filter((question) => question.testId === attempt.testId),
          answers.filter((answer) => answer.attemptId === attempt.id),
          now,
        ),
      ),
      interviewSlots: slots,
      badges,
    };
  }

  /** Tests as ops see them, with their skill and question count: two queries for any number. */
  async testSummaries(tests: SkillTestEntity[]): Promise<SkillTestSummary[]> {
    const ids = tests.map((test) => test.id);
    const [counts, skills] = await Promise.all([
      this.tests.questionCounts([...new Set(ids)]),
      this.freelancers.skillsByIds(tests.map((test) => test.skillId)),
    ]);
    return tests.map((test) => ({
      ...test,
      skill: skillOf(skills, test.skillId),
      questionCount: counts.get(test.id) ?? 0,
    }));
  }

  async funnel(from: Date, to: Date): Promise<VettingFunnel> {
    const [counts, durations, medianHoursToDecision] = await Promise.all([
      this.vetting.funnelCounts(from, to),
      this.vetting.medianHoursPerStage(from, to),
      this.vetting.medianHoursToDecision(from, to),
    ]);
    const sum = (predicate: (row: (typeof counts)[number]) => boolean) =>
      counts.filter(predicate).reduce((total, row) => total + row.count, 0);
    const index = (stage: PipelineStage) => PIPELINE_STAGES.indexOf(stage);
    const stages: FunnelStage[] = PIPELINE_STAGES.map((stage) => {
      const entered = sum((row) => index(row.stage) >= index(stage));
      const passed =
        sum((row) => index(row.stage) > index(stage)) +
        (stage === 'decision' ? sum((row) => row.stage === 'decision' && row.status === 'approved') : 0);
      const rejected = sum((row) => row.stage === stage && row.status === 'rejected');
      return {
        stage,
        entered,
        passed,
        rejected,
        inProgress: sum((row) => row.stage === stage && (row.status === 'in_review' || row.status === 'returned')),
        passRate: passed + rejected === 0 ? null : passed / (passed + rejected),
        medianHoursInStage: durations.find((row) => row.stage === stage)?.medianHours ?? null,
      };
    });
    const approved = sum((row) => row.status === 'approved');
    const rejected = sum((row) => row.status === 'rejected');
    return {
      from,
      to,
      submitted: sum(() => true),
      approved,
      rejected,
      acceptanceRate: approved + rejected === 0 ? null : approved / (approved + rejected),
      medianHoursToDecision,
      stages,
    };
  }

  /** The skills a VA proved in graded tests, best first (what clients see as tested badges). */
  async badgesOf(userId: string): Promise<Badge[]> {
    const rows = await this.vetting.badges(userId);
    const skills = await this.freelancers.skillsByIds(rows.map((row) => row.skillId));
    return rows.map((row) => ({
      skill: skillOf(skills, row.skillId),
      scorePercent: row.scorePercent,
      awardedAt: row.awardedAt,
    }));
  }

  private myAttempt(
    attempt: SkillTestAttemptEntity,
    questions: SkillTestQuestionEntity[],
    answers: Array<{ questionId: string; choice: number | null; text: string | null }>,
    now: Date,
  ): MyTestAttempt {
    const test = attempt.test as SkillTestEntity;
    return {
      id: attempt.id,
      status: attemptStatus(attempt, now),
      title: test.title,
      instructions: test.instructions,
      timeLimitMinutes: test.timeLimitMinutes,
      assignedAt: attempt.assignedAt,
      startBy: new Date(attempt.assignedAt.getTime() + TEST_START_DAYS * DAY_MS),
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submittedAt: attempt.submittedAt,
      serverNow: now,
      questions: questions.map(publicQuestion),
      answers: answers.map(({ questionId, choice, text }) => ({ questionId, choice, text })),
    };
  }
}

function publicQuestion(question: SkillTestQuestionEntity): TestQuestion {
  return {
    id: question.id,
    kind: question.kind,
    prompt: question.prompt,
    options: question.options,
    maxPoints: maxPoints(question),
    rubric: question.rubric,
  };
}

/** A question with its answer key, for ops only. */
export function keyedQuestion(question: SkillTestQuestionEntity): KeyedTestQuestion {
  return { ...publicQuestion(question), correctOption: question.correctOption, points: question.points };
}

function opsAttempt(
  attempt: SkillTestAttemptEntity,
  test: SkillTestSummary,
  questions: SkillTestQuestionEntity[],
  answers: OpsTestAttempt['answers'],
  now: Date,
): OpsTestAttempt {
  return {
    ...attempt,
    status: attemptStatus(attempt, now),
    test,
    questions: questions.map(keyedQuestion),
    answers,
  };
}

/** The VA and the ops member holding the application: the people a queue row names. */
function peopleOf(application: VettingApplicationEntity): string[] {
  return application.claimedById ? [application.freelancerId, application.claimedById] : [application.freelancerId];
}

function person(people: Map<string, User>, id: string): { id: string; displayName: string } {
  const user = people.get(id);
  if (!user) throw new Error(`user ${id} is missing`);
  return { id: user.id, displayName: user.displayName };
}

/** Skills are never deleted while a test or badge names them (the foreign keys restrict or cascade). */
function skillOf(skills: Map<string, Skill>, id: string): Skill {
  const skill = skills.get(id);
  if (!skill) throw new Error(`skill ${id} is missing`);
  return skill;
}

function queueItem(application: VettingApplicationEntity, people: Map<string, User>, now: Date): VettingQueueItem {
  const freelancer = people.get(application.freelancerId);
  if (!freelancer) throw new Error(`VA ${application.freelancerId} is missing`);
  return {
    id: application.id,
    freelancer: {
      id: freelancer.id,
      displayName: freelancer.displayName,
      email: freelancer.email,
      timeZone: freelancer.timeZone,
      locale: freelancer.locale,
    },
    stage: application.stage,
    status: application.status,
    submittedAt: application.submittedAt,
    stageEnteredAt: application.stageEnteredAt,
    slaDueAt: new Date(application.stageEnteredAt.getTime() + STAGE_SLA_HOURS[application.stage] * HOUR_MS),
    slaStatus: slaStatus(application.stage, application.stageEnteredAt, now),
    claimedBy: application.claimedById ? person(people, application.claimedById) : null,
  };
}

/** What the VA should expect next, with the date it should happen by. */
function nextStepFor(
  application: VettingApplicationEntity,
  attempt: MyTestAttempt | null,
  slots: InterviewSlotEntity[],
  now: Date,
): NextStep {
  const slaDue = new Date(application.stageEnteredAt.getTime() + STAGE_SLA_HOURS[application.stage] * HOUR_MS);
  if (application.status === 'returned') return { key: 'updateAndResubmit', dueAt: null };
  if (application.status === 'approved') return { key: 'approved', dueAt: null };
  if (application.status === 'rejected') {
    return {
      key: 'reapply',
      dueAt: application.reapplyAfter ? new Date(`${application.reapplyAfter}T00:00:00Z`) : null,
    };
  }
  switch (application.stage) {
    case 'skills_test':
      if (!attempt) return { key: 'testBeingPrepared', dueAt: null };
      if (attempt.status === 'assigned') return { key: 'takeTest', dueAt: attempt.startBy };
      if (attempt.status === 'in_progress') return { key: 'finishTest', dueAt: attempt.deadlineAt };
      return { key: 'testBeingGraded', dueAt: slaDue };
    case 'interview': {
      const booked = slots.find((slot) => slot.bookedAt);
      if (booked)
        return {
          key: booked.startsAt > now ? 'attendInterview' : 'interviewReview',
          dueAt: booked.startsAt > now ? booked.startsAt : slaDue,
        };
      return { key: slots.length ? 'pickInterviewSlot' : 'interviewSlotsComing', dueAt: null };
    }
    default:
      return { key: application.stage, dueAt: slaDue };
  }
}
