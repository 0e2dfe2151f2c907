import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { FreelancerProfileEntity } from '../modules/freelancers/entities/freelancer-profile.entity.js';
import { FreelancerSkillEntity } from '../modules/freelancers/entities/freelancer-skill.entity.js';
import { RESUME_CONTENT_TYPES, ResumeEntity } from '../modules/freelancers/entities/resume.entity.js';
import { UserEntity } from '../modules/identity/entities/user.entity.js';
import { FreelancerBadgeEntity } from '../modules/vetting/entities/freelancer-badge.entity.js';
import { InterviewSlotEntity } from '../modules/vetting/entities/interview-slot.entity.js';
import type { SkillTestEntity } from '../modules/vetting/entities/skill-test.entity.js';
import {
  SkillTestAnswerEntity,
  SkillTestAttemptEntity,
} from '../modules/vetting/entities/skill-test-attempt.entity.js';
import { SkillTestQuestionEntity } from '../modules/vetting/entities/skill-test-question.entity.js';
import { VettingApplicationEntity } from '../modules/vetting/entities/vetting-application.entity.js';
import { type ScoredCriterion, VettingEventEntity } from '../modules/vetting/entities/vetting-event.entity.js';
import { PIPELINE_STAGES, type PipelineStage, STAGE_CRITERIA, vettingScore } from '../modules/vetting/vetting.rules.js';
import { addReferences, createSkillTest } from './factories.js';
import { SKILL_TEST_BANK } from './skill-test-bank.js';

const HOUR = 3_600_000;

export interface Storage {
  put(folder: string, bytes: Buffer): Promise<string>;
}

const REJECTION_REASONS = [
  'Your written answers need more polish for client-facing support; we would love to see you again after more practice.',
  'We need at least two years of e-commerce support experience for this track; please apply again once you have it.',
];

/**
 * The test bank, and an application for every VA past the draft stage, with a history that
 * matches where they stand: scorecards, tests, interviews and decisions by the demo ops staff.
 */
export async function seedVettingPipeline(
  db: EntityManager,
  storage: Storage,
  staff: { vetterId: string; adminId: string },
  random: () => number,
): Promise<void> {
  const tests = new Map<string, SkillTestEntity>();
  for (const spec of SKILL_TEST_BANK) {
    const test = await createSkillTest(db, spec);
    tests.set(test.skillId, test);
  }
  const profiles = await db.getRepository(FreelancerProfileEntity).find({ order: { createdAt: 'ASC' } });
  const users = new Map((await db.getRepository(UserEntity).find()).map((user) => [user.id, user]));
  let position = 0;
  for (const profile of profiles) {
    const user = users.get(profile.userId);
    if (profile.vettingStage === 'draft' || !user) continue;
    position++;
    profile.resumeId = await attachResume(db, storage, user);
    await addReferences(db, profile.userId, [
      { name: 'Dana Reyes', company: 'Wick and Wax' },
      { name: 'Tom Becker', company: 'Northwind Goods' },
    ]);
    const skills = await db
      .getRepository(FreelancerSkillEntity)
      .find({ where: { userId: profile.userId }, order: { years: 'DESC' } });
    const test = skills.map((skill) => tests.get(skill.skillId)).find(Boolean) ?? [...tests.values()][0];
    if (!test) throw new Error('the test bank is empty');
    await seedApplication(db, profile, test, staff, random, position);
  }
}

async function attachResume(db: EntityManager, storage: Storage, user: UserEntity): Promise<string> {
  const bytes = Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% Résumé of ${user.displayName}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );
  const resume = await db.getRepository(ResumeEntity).save(
    db.getRepository(ResumeEntity).create({
      userId: user.id,
      fileName: `${user.displayName.replace(/[^\p{L} ]/gu, '').replace(/ /g, '-')}-CV.pdf`,
      contentType: RESUME_CONTENT_TYPES.pdf,
      sizeBytes: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      storageKey: await storage.put('resumes', bytes),
    }),
  );
  await db.getRepository(FreelancerProfileEntity).update({ userId: user.id }, { resumeId: resume.id });
  return resume.id;
}

async function seedApplication(
  db: EntityManager,
  profile: FreelancerProfileEntity,
  test: SkillTestEntity,
  staff: { vetterId: string; adminId: string },
  random: () => number,
  position: number,
): Promise<void> {
  const decided = profile.vettingStage === 'approved' || profile.vettingStage === 'rejected';
  // Rejected VAs stopped at screening or the interview; the others are where their profile says.
  const stage: PipelineStage =
    profile.vettingStage === 'approved'
      ? 'decision'
      : profile.vettingStage === 'rejected'
        ? position % 2 === 0
          ? 'screening'
          : 'interview'
        : (profile.vettingStage as PipelineStage);
  const reached = PIPELINE_STAGES.indexOf(stage);
  const now = Date.now();
  // Each stage took a day or two; the current one has waited long enough to spread the SLA colours.
  const stageHours = PIPELINE_STAGES.slice(0, reached).map(() => 12 + Math.floor(random() * 36));
  const waitingHours = decided ? 6 : 2 + ((position * 17) % 90);
  const submittedAt = new Date(now - (stageHours.reduce((a, b) => a + b, 0) + waitingHours) * HOUR);
  const enteredAt = (index: number) =>
    new Date(submittedAt.getTime() + stageHours.slice(0, index).reduce((a, b) => a + b, 0) * HOUR);

  const application = await db.getRepository(VettingApplicationEntity).save(
    db.getRepository(VettingApplicationEntity).create({
      freelancerId: profile.userId,
      stage,
      status:
        profile.vettingStage === 'approved'
          ? 'approved'
          : profile.vettingStage === 'rejected'
            ? 'rejected'
            : 'in_review',
      resumeId: profile.resumeId,
      submittedAt,
      stageEnteredAt: enteredAt(reached),
      claimedById: !decided && position % 3 === 0 ? staff.vetterId : null,
      claimedAt: !decided && position % 3 === 0 ? new Date(now - HOUR) : null,
    }),
  );
  const events: Array<Partial<VettingEventEntity>> = [
    { kind: 'submitted', stage: 'screening', actorId: profile.userId, occurredAt: submittedAt },
  ];
  const ratings: ScoredCriterion[] = [];
  for (let index = 0; index < reached; index++) {
    const passed = PIPELINE_STAGES[index] as Exclude<PipelineStage, 'decision'>;
    const scorecard = STAGE_CRITERIA[passed].map((criterion) => ({
      criterion: criterion.key,
      weight: criterion.weight,
      rating: 3 + (random() < 0.5 ? 1 : 0),
      comment: '',
    }));
    ratings.push(...scorecard);
    events.push({
      kind: 'advanced',
      stage: passed,
      actorId: staff.vetterId,
      occurredAt: enteredAt(index + 1),
      scorecard,
      notes: 'Meets the bar.',
    });
  }

  // The skills test: graded and passed once past it; in the test stage, every state a VA can be in.
  let testPercent: number | null = null;
  const testStage = PIPELINE_STAGES.indexOf('skills_test');
  if (reached >= testStage) {
    const assignedAt = enteredAt(testStage);
    const state =
      reached > testStage ? 'graded' : (['assigned', 'in_progress', 'awaiting_grading'] as const)[position % 3];
    const startedAt = state === 'assigned' ? null : new Date(assignedAt.getTime() + 2 * HOUR);
    const deadlineAt =
      startedAt &&
      new Date(startedAt.getTime() + test.timeLimitMinutes * 60_000 + (state === 'in_progress' ? 1000 * HOUR : 0));
    testPercent = state === 'graded' ? 70 + Math.floor(random() * 30) : null;
    const attempt = await db.getRepository(SkillTestAttemptEntity).save(
      db.getRepository(SkillTestAttemptEntity).create({
        applicationId: application.id,
        testId: test.id,
        freelancerId: profile.userId,
        assignedAt,
        startedAt,
        deadlineAt: state === 'in_progress' && startedAt ? new Date(now + 20 * 60_000) : deadlineAt,
        submittedAt: state === 'graded' || state === 'awaiting_grading' ? deadlineAt : null,
        gradedAt: state === 'graded' ? deadlineAt : null,
        gradedById: state === 'graded' ? staff.vetterId : null,
        scorePercent: testPercent,
        passed: state === 'graded' ? true : null,
      }),
    );
    if (state === 'awaiting_grading' || state === 'graded') await answerEverything(db, attempt, state === 'graded');
    events.push({ kind: 'test_assigned', stage: 'skills_test', occurredAt: assignedAt, message: test.title });
    if (startedAt)
      events.push({ kind: 'test_started', stage: 'skills_test', actorId: profile.userId, occurredAt: startedAt });
  }

  // The interview: held and scored once past it; in the interview stage, offered and sometimes booked.
  const interviewStage = PIPELINE_STAGES.indexOf('interview');
  if (reached >= interviewStage) {
    const proposedAt = enteredAt(interviewStage);
    const held = reached > interviewStage || profile.vettingStage === 'rejected';
    const starts = held
      ? [new Date(proposedAt.getTime() + 6 * HOUR)]
      : [1, 2, 3].map((days) => new Date(Math.ceil((now + days * 24 * HOUR) / HOUR) * HOUR));
    await db.getRepository(InterviewSlotEntity).insert(
      starts.map((startsAt, index) => ({
        applicationId: application.id,
        startsAt,
        durationMinutes: 30,
        meetingUrl: 'https://meet.delegate.test/vetting',
        proposedById: staff.vetterId,
        bookedAt: index === 0 && (held || position % 2 === 0) ? new Date(proposedAt.getTime() + 2 * HOUR) : null,
      })),
    );
    events.push({ kind: 'interview_proposed', stage: 'interview', actorId: staff.vetterId, occurredAt: proposedAt });
  }

  if (profile.vettingStage === 'rejected') {
    const reapplyAfter = new Date(now + (60 + position) * 24 * HOUR).toISOString().slice(0, 10);
    const reason = REJECTION_REASONS[position % REJECTION_REASONS.length] as string;
    Object.assign(application, {
      rejectionReason: reason,
      reapplyAfter,
      decidedAt: new Date(now - 6 * HOUR),
      decidedById: staff.vetterId,
    });
    events.push({
      kind: 'rejected',
      stage,
      actorId: staff.vetterId,
      occurredAt: application.decidedAt ?? undefined,
      message: reason,
    });
  }
  if (profile.vettingStage === 'approved') {
    const score = vettingScore(ratings, testPercent === null ? [] : [testPercent]);
    Object.assign(application, {
      vettingScore: score,
      decidedAt: new Date(now - 6 * HOUR),
      decidedById: staff.adminId,
    });
    events.push({
      kind: 'approved',
      stage: 'decision',
      actorId: staff.adminId,
      occurredAt: application.decidedAt ?? undefined,
    });
    await db.getRepository(FreelancerProfileEntity).update({ userId: profile.userId }, { vettingScore: score });
    await db.getRepository(FreelancerBadgeEntity).insert({
      userId: profile.userId,
      skillId: test.skillId,
      scorePercent: testPercent ?? 70,
      awardedAt: application.decidedAt ?? new Date(),
    });
  }
  await db.getRepository(VettingApplicationEntity).save(application);
  await db
    .getRepository(VettingEventEntity)
    .insert(events.map((event) => ({ ...event, applicationId: application.id })) as VettingEventEntity[]);
}

/** Answers every question correctly (a seeded attempt to grade, or one already graded). */
async function answerEverything(db: EntityManager, attempt: SkillTestAttemptEntity, graded: boolean): Promise<void> {
  const questions = await db.getRepository(SkillTestQuestionEntity).find({ where: { testId: attempt.testId } });
  await db.getRepository(SkillTestAnswerEntity).insert(
    questions.map((question) => ({
      attemptId: attempt.id,
      questionId: question.id,
      choice: question.kind === 'multiple_choice' ? question.correctOption : null,
      text:
        question.kind === 'practical'
          ? 'Thank you for your patience. I checked the order and here is exactly what happens next, and when.'
          : null,
      answeredAt: attempt.startedAt ?? attempt.assignedAt,
      pointsAwarded: graded
        ? question.kind === 'multiple_choice'
          ? question.points
          : question.rubric.reduce((sum, line) => sum + line.maxPoints, 0) - 1
        : null,
      rubricScores:
        graded && question.kind === 'practical'
          ? question.rubric.map((line) => ({ criterion: line.criterion, points: line.maxPoints }))
          : null,
    })),
  );
}
