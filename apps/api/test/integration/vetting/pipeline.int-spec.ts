import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { lastEmailTo } from '../../support/outbox.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';
import {
  APPLICATION_FIELDS,
  type Applicant,
  CRITERIA,
  customerSupportTest,
  MY_APPLICATION,
  opsAgent,
  readyApplicant,
  saveCompleteProfile,
  scorecard,
} from '../../support/vetting.js';

type Application = {
  id: string;
  status: string;
  stage: string;
  claimedBy: { displayName: string } | null;
  vettingScore: number | null;
  reapplyAfter: string | null;
  events: Array<{
    kind: string;
    stage: string;
    notes: string | null;
    message: string | null;
    scorecard: unknown[] | null;
  }>;
  testAttempts: Array<{
    id: string;
    status: string;
    scorePercent: number | null;
    passed: boolean | null;
    questions: Array<{ id: string; kind: string; correctOption: number | null }>;
  }>;
  interviewSlots: Array<{ id: string; startsAt: string; bookedAt: string | null }>;
  badges: Array<{ skill: { slug: string }; scorePercent: number }>;
};
type Mine = {
  myVettingApplication: {
    id: string;
    status: string;
    stage: string;
    nextStep: { key: string; dueAt: string | null };
    timeline: Array<{ kind: string }>;
    testAttempt: {
      id: string;
      status: string;
      deadlineAt: string | null;
      questions: Array<{ id: string; kind: string }>;
    } | null;
    interviewSlots: Array<{ id: string; startsAt: string }>;
    badges: unknown[];
    vettingScore: number | null;
    rejectionReason: string | null;
    reapplyAfter: string | null;
    returnRequest: string | null;
  } | null;
};

const SUBMIT = 'mutation { submitVettingApplication { id status stage } }';
const CLAIM = `mutation($id: ID!, $takeOver: Boolean) { claimVettingApplication(id: $id, takeOver: $takeOver) { ${APPLICATION_FIELDS} } }`;
const ADVANCE = `mutation($input: AdvanceApplicationInput!) { advanceVettingApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const APPROVE = `mutation($input: ApproveApplicationInput!) { approveVettingApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const REJECT = `mutation($input: RejectApplicationInput!) { rejectVettingApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const RETURN = `mutation($input: ReturnApplicationInput!) { returnVettingApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const REOPEN = `mutation($input: ReopenApplicationInput!) { reopenVettingApplication(input: $input) { ${APPLICATION_FIELDS} } }`;
const DETAIL = `query($id: ID!) { vettingApplication(id: $id) { ${APPLICATION_FIELDS} } }`;
const PROPOSE = `mutation($input: ProposeInterviewInput!) { proposeInterviewSlots(input: $input) { ${APPLICATION_FIELDS} } }`;
const BOOK = 'mutation($slotId: ID!) { bookInterviewSlot(slotId: $slotId) { stage nextStep { key dueAt } } }';
const START =
  'mutation($id: ID!) { startSkillTest(attemptId: $id) { testAttempt { id status deadlineAt startedAt questions { id kind } } } }';
const ANSWER = 'mutation($input: AnswerQuestionInput!) { answerSkillTestQuestion(input: $input) { questionId } }';
const SUBMIT_TEST =
  'mutation($id: ID!) { submitSkillTest(attemptId: $id) { testAttempt { status } nextStep { key } } }';
const GRADE = `mutation($input: GradeAttemptInput!) { gradeSkillTestAttempt(input: $input) { ${APPLICATION_FIELDS} } }`;

describe('the vetting pipeline', () => {
  let testApp: TestApp;
  let vetter: Awaited<ReturnType<typeof opsAgent>>;
  let colleague: Awaited<ReturnType<typeof opsAgent>>;
  let admin: Awaited<ReturnType<typeof opsAgent>>;

  beforeAll(async () => {
    testApp = await startTestApp();
    vetter = await opsAgent(testApp, 'vetter', 'Vera Vetter');
    colleague = await opsAgent(testApp, 'vetter', 'Colin Colleague');
    admin = await opsAgent(testApp, 'admin', 'Ada Admin');
  });
  afterAll(async () => {
    await testApp.close();
  });

  const mine = async (applicant: Applicant) => (await applicant.agent.ok<Mine>(MY_APPLICATION)).myVettingApplication;
  const advance = (id: string, stage: keyof typeof CRITERIA, rating = 3, agent = vetter.agent) =>
    agent.request<{ advanceVettingApplication: Application }>(ADVANCE, {
      input: { applicationId: id, scorecard: scorecard([...CRITERIA[stage]], rating), notes: `Notes on ${stage}` },
    });
  const claimAndAdvance = async (id: string, stage: keyof typeof CRITERIA, rating = 3) => {
    await vetter.agent.ok(CLAIM, { id });
    const result = await advance(id, stage, rating);
    if (result.errors) throw new Error(JSON.stringify(result.errors));
    return result.data?.advanceVettingApplication as Application;
  };
  async function submitted(spec?: Parameters<typeof readyApplicant>[1]) {
    const applicant = await readyApplicant(testApp, spec);
    const { submitVettingApplication } = await applicant.agent.ok<{ submitVettingApplication: { id: string } }>(SUBMIT);
    return { applicant, id: submitVettingApplication.id };
  }

  it('refuses an incomplete application, naming every missing part', async () => {
    const applicant = await readyApplicant(testApp);
    await testApp.dataSource.query('DELETE FROM freelancer_references WHERE user_id = $1 AND position = 1', [
      applicant.userId,
    ]);
    await testApp.dataSource.query('UPDATE freelancer_profiles SET resume_id = NULL, bio = $2 WHERE user_id = $1', [
      applicant.userId,
      'Short.',
    ]);
    const result = await applicant.agent.request(SUBMIT);
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'APPLICATION_INCOMPLETE',
      fields: { references: 'atLeastTwo', resume: 'required', bio: 'tooShort' },
    });
    expect(await mine(applicant)).toBeNull();
  });

  it('walks a VA from application to approval through every stage', async () => {
    await customerSupportTest(testApp);
    const { applicant, id } = await submitted();
    expect(await mine(applicant)).toMatchObject({
      status: 'IN_REVIEW',
      stage: 'SCREENING',
      nextStep: { key: 'screening', dueAt: expect.any(String) },
    });
    expect((await applicant.agent.request(SUBMIT)).errors?.[0]?.extensions?.code).toBe('ALREADY_APPLIED');
    // The profile is frozen while ops review it.
    const locked = await applicant.agent.request(
      'mutation { saveFreelancerProfile(input: { headline: "x", bio: "", currency: "USD", weeklyCapacityHours: 1, workStartMinute: 0, workEndMinute: 60, skills: [], languages: [] }) { headline } }',
    );
    expect(locked.errors?.[0]?.extensions?.code).toBe('PROFILE_LOCKED');

    // Screening: acting needs a claim; a claim held by a colleague needs an explicit take-over.
    expect((await advance(id, 'SCREENING')).errors?.[0]?.extensions?.code).toBe('NOT_CLAIMED_BY_YOU');
    await colleague.agent.ok(CLAIM, { id });
    expect((await vetter.agent.request(CLAIM, { id })).errors?.[0]?.extensions).toMatchObject({
      code: 'ALREADY_CLAIMED',
      claimedBy: 'Colin Colleague',
    });
    const taken = await vetter.agent.ok<{ claimVettingApplication: Application }>(CLAIM, { id, takeOver: true });
    expect(taken.claimVettingApplication.claimedBy?.displayName).toBe('Vera Vetter');

    // The scorecard must rate every criterion of the stage, and must-haves must meet the bar.
    const partial = await vetter.agent.request(ADVANCE, {
      input: { applicationId: id, scorecard: scorecard(['writtenCommunication']) },
    });
    expect(partial.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'scorecard.relevantExperience': 'required' },
    });
    const weak = await vetter.agent.request(ADVANCE, {
      input: {
        applicationId: id,
        scorecard: scorecard([...CRITERIA.SCREENING]).map((line) =>
          line.criterion === 'relevantExperience' ? { ...line, rating: 2 } : line,
        ),
      },
    });
    expect(weak.errors?.[0]?.extensions).toMatchObject({
      code: 'MUST_HAVE_NOT_MET',
      fields: { 'scorecard.relevantExperience': 'belowBar' },
    });

    const afterScreening = (await advance(id, 'SCREENING', 4)).data?.advanceVettingApplication as Application;
    expect(afterScreening).toMatchObject({ stage: 'SKILLS_TEST', claimedBy: null });
    // Entering the skills test assigned the test for the VA's strongest skill and told them.
    expect(afterScreening.testAttempts).toHaveLength(1);
    expect((await lastEmailTo(testApp.dataSource, applicant.email)).email.subject).toContain(
      'Customer support essentials',
    );

    // The VA starts the timed test; starting again (a reload) keeps the same deadline.
    const attemptId = afterScreening.testAttempts[0]?.id as string;
    const mineBefore = await mine(applicant);
    expect(mineBefore?.testAttempt).toMatchObject({ status: 'ASSIGNED', questions: [] });
    expect(mineBefore?.nextStep.key).toBe('takeTest');
    const started = await applicant.agent.ok<{
      startSkillTest: { testAttempt: { deadlineAt: string; questions: Array<{ id: string; kind: string }> } };
    }>(START, { id: attemptId });
    const again = await applicant.agent.ok<{ startSkillTest: { testAttempt: { deadlineAt: string } } }>(START, {
      id: attemptId,
    });
    expect(again.startSkillTest.testAttempt.deadlineAt).toBe(started.startSkillTest.testAttempt.deadlineAt);
    const questions = started.startSkillTest.testAttempt.questions;
    const [q1, q2, task] = questions as unknown as [{ id: string }, { id: string }, { id: string }];
    await applicant.agent.ok(ANSWER, { input: { attemptId, questionId: q1.id, choice: 1 } });
    await applicant.agent.ok(ANSWER, { input: { attemptId, questionId: q2.id, choice: 0 } });
    await applicant.agent.ok(ANSWER, {
      input: {
        attemptId,
        questionId: task.id,
        text: 'I am so sorry your order is late. I have asked the warehouse and it ships today; here is the tracking link.',
      },
    });
    const badChoice = await applicant.agent.request(ANSWER, { input: { attemptId, questionId: q1.id, choice: 7 } });
    expect(badChoice.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { choice: 'required' } });
    // Another VA cannot touch this attempt.
    const other = await readyApplicant(testApp);
    expect(
      (await other.agent.request(ANSWER, { input: { attemptId, questionId: q1.id, choice: 1 } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');
    expect((await other.agent.request(START, { id: attemptId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await other.agent.request(SUBMIT_TEST, { id: attemptId })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    // Ops cannot pass the stage before the test is graded and passed.
    await vetter.agent.ok(CLAIM, { id });
    expect((await advance(id, 'SKILLS_TEST')).errors?.[0]?.extensions).toMatchObject({
      code: 'STAGE_REQUIREMENT_NOT_MET',
      requirement: 'testPassed',
    });
    expect(
      (await vetter.agent.request(GRADE, { input: { attemptId, grades: [] } })).errors?.[0]?.extensions?.code,
    ).toBe('TEST_NOT_READY_FOR_GRADING');

    const handedIn = await applicant.agent.ok<{
      submitSkillTest: { testAttempt: { status: string }; nextStep: { key: string } };
    }>(SUBMIT_TEST, { id: attemptId });
    expect(handedIn.submitSkillTest).toEqual({
      testAttempt: { status: 'AWAITING_GRADING' },
      nextStep: { key: 'testBeingGraded' },
    });
    expect(
      (await applicant.agent.request(ANSWER, { input: { attemptId, questionId: q1.id, choice: 1 } })).errors?.[0]
        ?.extensions?.code,
    ).toBe('TEST_ALREADY_SUBMITTED');

    // Grading: every rubric line, within its points. 2 + 0 + 5 of 10 points = 70 %, the pass mark.
    const incomplete = await vetter.agent.request(GRADE, {
      input: {
        attemptId,
        grades: [{ questionId: task.id, rubricScores: [{ criterion: 'Empathy and tone', points: 9 }] }],
      },
    });
    expect(incomplete.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        [`grades.${task.id}.Empathy and tone`]: 'pointsRange',
        [`grades.${task.id}.Clear next step`]: 'required',
      },
    });
    const graded = await vetter.agent.ok<{ gradeSkillTestAttempt: Application }>(GRADE, {
      input: {
        attemptId,
        grades: [
          {
            questionId: task.id,
            rubricScores: [
              { criterion: 'Empathy and tone', points: 3 },
              { criterion: 'Clear next step', points: 2 },
            ],
          },
        ],
      },
    });
    expect(graded.gradeSkillTestAttempt.testAttempts[0]).toMatchObject({
      status: 'GRADED',
      scorePercent: 70,
      passed: true,
    });
    expect(
      (await vetter.agent.request(GRADE, { input: { attemptId, grades: [] } })).errors?.[0]?.extensions?.code,
    ).toBe('TEST_ALREADY_GRADED');
    const afterTest = (await advance(id, 'SKILLS_TEST')).data?.advanceVettingApplication as Application;
    expect(afterTest.stage).toBe('INTERVIEW');

    // Interview: ops offer future times; the VA books one; the stage passes only after it took place.
    const past = await vetter.agent.request(PROPOSE, {
      input: { applicationId: id, startTimes: ['2020-01-01T10:00:00Z'], meetingUrl: 'https://meet.example/vera' },
    });
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'startTimes.0': 'mustBeFuture' },
    });
    const soon = [1, 2].map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
    const proposed = await vetter.agent.ok<{ proposeInterviewSlots: Application }>(PROPOSE, {
      input: { applicationId: id, startTimes: soon, durationMinutes: 30, meetingUrl: 'https://meet.example/vera' },
    });
    expect(proposed.proposeInterviewSlots.interviewSlots).toHaveLength(2);
    const interviewMail = (await lastEmailTo(testApp.dataSource, applicant.email)).email;
    expect(interviewMail.subject).toBe('Pick a time for your Delegate interview');
    expect(interviewMail.bodyText).toContain('Asia/Manila');
    expect((await mine(applicant))?.nextStep.key).toBe('pickInterviewSlot');
    const slotId = proposed.proposeInterviewSlots.interviewSlots[0]?.id as string;
    expect((await other.agent.request(BOOK, { slotId })).errors?.[0]?.extensions?.code).toBe('SLOT_UNAVAILABLE');
    const booked = await applicant.agent.ok<{ bookInterviewSlot: { nextStep: { key: string; dueAt: string } } }>(BOOK, {
      slotId,
    });
    expect(booked.bookInterviewSlot.nextStep).toEqual({
      key: 'attendInterview',
      dueAt: soon[0] && new Date(soon[0]).toISOString(),
    });
    const secondSlot = proposed.proposeInterviewSlots.interviewSlots[1]?.id as string;
    expect((await applicant.agent.request(BOOK, { slotId: secondSlot })).errors?.[0]?.extensions?.code).toBe(
      'INTERVIEW_ALREADY_BOOKED',
    );
    await vetter.agent.ok(CLAIM, { id });
    expect((await advance(id, 'INTERVIEW')).errors?.[0]?.extensions).toMatchObject({
      code: 'STAGE_REQUIREMENT_NOT_MET',
      requirement: 'interviewHeld',
    });
    await testApp.dataSource.query(`UPDATE interview_slots SET starts_at = now() - interval '1 hour' WHERE id = $1`, [
      slotId,
    ]);
    expect((await advance(id, 'INTERVIEW')).data?.advanceVettingApplication.stage).toBe('REFERENCES');

    await claimAndAdvance(id, 'REFERENCES');
    const atDecision = await claimAndAdvance(id, 'IDENTITY', 4);
    expect(atDecision.stage).toBe('DECISION');
    expect((await advance(id, 'IDENTITY')).errors?.[0]?.extensions?.code).toBe('NOT_CLAIMED_BY_YOU');

    // Approval: score from every scorecard and the test, a badge for the tested skill, the VA told.
    await vetter.agent.ok(CLAIM, { id });
    const approved = (
      await vetter.agent.ok<{ approveVettingApplication: Application }>(APPROVE, {
        input: { applicationId: id, notes: 'Strong all round.' },
      })
    ).approveVettingApplication;
    expect(approved).toMatchObject({
      status: 'APPROVED',
      badges: [{ skill: { slug: 'customer-support' }, scorePercent: 70 }],
    });
    expect(approved.vettingScore).toBeGreaterThan(70);
    expect(approved.events.filter((event) => event.kind === 'ADVANCED').map((event) => event.stage)).toEqual([
      'SCREENING',
      'SKILLS_TEST',
      'INTERVIEW',
      'REFERENCES',
      'IDENTITY',
    ]);
    const profile = await applicant.agent.ok<{ myFreelancerProfile: { vettingStage: string } }>(
      '{ myFreelancerProfile { vettingStage } }',
    );
    expect(profile.myFreelancerProfile.vettingStage).toBe('APPROVED');
    expect((await lastEmailTo(testApp.dataSource, applicant.email)).email.subject).toBe('You are approved on Delegate');
    // Approval makes the VA matchable: their card carries the badge the test earned.
    const cards = () =>
      testApp.dataSource.query(
        `SELECT c.skill_badges[s.slot] AS tested, (SELECT sum(b) FROM unnest(c.skill_badges) b)::int AS badges
         FROM match_cards c, skills s WHERE c.user_id = $1 AND s.slug = 'customer-support'`,
        [applicant.userId],
      );
    expect(await cards()).toEqual([{ tested: 1, badges: 1 }]);

    // The VA sees their progress and result, never scorecards, notes or who did what.
    const view = await mine(applicant);
    expect(view).toMatchObject({
      status: 'APPROVED',
      vettingScore: approved.vettingScore,
      nextStep: { key: 'approved' },
      badges: [expect.anything()],
    });
    expect(view?.timeline.map((entry) => entry.kind)).not.toContain('CLAIMED');
    const raw = await applicant.agent.request('{ myVettingApplication { timeline { kind } } }');
    expect(JSON.stringify(raw)).not.toMatch(/Notes on|Strong all round/);
    const snooping = await applicant.agent.request('{ myVettingApplication { timeline { notes } } }');
    expect(snooping.errors?.[0]?.message).toContain('Cannot query field "notes"');

    // A decided application is closed to every step but an audited reopening by an ops admin.
    expect((await vetter.agent.request(CLAIM, { id })).errors?.[0]?.extensions?.code).toBe('APPLICATION_DECIDED');
    expect(
      (
        await vetter.agent.request(REOPEN, {
          input: { applicationId: id, reason: 'Identity document expired last week.' },
        })
      ).errors?.[0]?.extensions?.code,
    ).toBe('FORBIDDEN');
    const reopened = await admin.agent.ok<{ reopenVettingApplication: Application }>(REOPEN, {
      input: { applicationId: id, reason: 'Identity document expired last week.' },
    });
    expect(reopened.reopenVettingApplication).toMatchObject({
      status: 'IN_REVIEW',
      stage: 'DECISION',
      vettingScore: null,
      badges: [],
    });
    const stage = await applicant.agent.ok<{ myFreelancerProfile: { vettingStage: string } }>(
      '{ myFreelancerProfile { vettingStage } }',
    );
    expect(stage.myFreelancerProfile.vettingStage).toBe('DECISION');
    expect(await cards()).toEqual([]);
    const audit = await admin.agent.ok<{ auditLog: { items: Array<{ action: string; actorName: string | null }> } }>(
      'query($id: String) { auditLog(targetId: $id, targetType: "vetting_application", limit: 50) { items { action actorName } } }',
      { id },
    );
    const actions = audit.auditLog.items.map((entry) => entry.action);
    expect(new Set(actions)).toEqual(
      new Set(['vetting.claim', 'vetting.advance', 'vetting.proposeInterview', 'vetting.approve', 'vetting.reopen']),
    );
    expect(actions.filter((action) => action === 'vetting.advance')).toHaveLength(5);
    expect(new Set(audit.auditLog.items.map((entry) => entry.actorName))).toEqual(
      new Set(['Vera Vetter', 'Colin Colleague', 'Ada Admin']),
    );
  });

  it('refuses answers after the deadline, and lets ops grade what was saved in time', async () => {
    await customerSupportTest(testApp, 10);
    const { applicant, id } = await submitted();
    const { testAttempts } = await claimAndAdvance(id, 'SCREENING');
    const attemptId = testAttempts.at(-1)?.id as string;
    const started = await applicant.agent.ok<{ startSkillTest: { testAttempt: { questions: Array<{ id: string }> } } }>(
      START,
      { id: attemptId },
    );
    const [q1, q2] = started.startSkillTest.testAttempt.questions as [{ id: string }, { id: string }];
    await applicant.agent.ok(ANSWER, { input: { attemptId, questionId: q1.id, choice: 1 } });

    // The server's clock runs out (as if the VA had stayed away for the whole time limit).
    await testApp.dataSource.query(
      `UPDATE skill_test_attempts SET deadline_at = now() - interval '1 second' WHERE id = $1`,
      [attemptId],
    );
    const late = await applicant.agent.request(ANSWER, { input: { attemptId, questionId: q2.id, choice: 1 } });
    expect(late.errors?.[0]?.extensions).toMatchObject({
      code: 'TEST_DEADLINE_PASSED',
      deadlineAt: expect.any(String),
    });
    const restarted = await applicant.agent.ok<{ startSkillTest: { testAttempt: { status: string } } }>(START, {
      id: attemptId,
    });
    expect(restarted.startSkillTest.testAttempt.status).toBe('AWAITING_GRADING');

    // Ops grade without the VA handing in: 2 of 10 points, below the pass mark; a retake can be assigned.
    const graded = await vetter.agent.ok<{ gradeSkillTestAttempt: Application }>(GRADE, {
      input: { attemptId, grades: [] },
    });
    expect(graded.gradeSkillTestAttempt.testAttempts.at(-1)).toMatchObject({ scorePercent: 20, passed: false });
    const [{ answers }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS answers FROM skill_test_answers WHERE attempt_id = $1',
      [attemptId],
    );
    expect(answers).toBe(1);
  });

  it('sends an application back to the VA, who edits and resubmits into the same stage', async () => {
    const { applicant, id } = await submitted();
    await vetter.agent.ok(CLAIM, { id });
    const tooShort = await vetter.agent.request(RETURN, { input: { applicationId: id, request: 'More.' } });
    expect(tooShort.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { request: 'isLength' } });
    await vetter.agent.ok(RETURN, {
      input: { applicationId: id, request: 'Please add a portfolio link to a store you ran.' },
    });
    expect(await mine(applicant)).toMatchObject({
      status: 'RETURNED',
      returnRequest: 'Please add a portfolio link to a store you ran.',
      nextStep: { key: 'updateAndResubmit' },
    });
    expect((await vetter.agent.request(CLAIM, { id })).errors?.[0]?.extensions?.code).toBe(
      'APPLICATION_WITH_FREELANCER',
    );
    const saved = await applicant.agent.request(
      'mutation { saveFreelancerProfile(input: { headline: "Edited", bio: "", currency: "USD", weeklyCapacityHours: 1, workStartMinute: 0, workEndMinute: 60, skills: [], languages: [] }) { headline } }',
    );
    expect(saved.errors).toBeUndefined();
    // The edit emptied the profile: resubmitting names what is missing now.
    expect((await applicant.agent.request(SUBMIT)).errors?.[0]?.extensions?.code).toBe('APPLICATION_INCOMPLETE');
    await saveCompleteProfile(applicant.agent, undefined, 'Shopify assistant with a portfolio');
    const resubmitted = await applicant.agent.ok<{
      submitVettingApplication: { id: string; status: string; stage: string };
    }>(SUBMIT);
    expect(resubmitted.submitVettingApplication).toEqual({ id, status: 'IN_REVIEW', stage: 'SCREENING' });
    const detail = await vetter.agent.ok<{ vettingApplication: Application }>(DETAIL, { id });
    expect(detail.vettingApplication.events.map((event) => event.kind)).toEqual([
      'SUBMITTED',
      'CLAIMED',
      'RETURNED',
      'RESUBMITTED',
    ]);
    expect(detail.vettingApplication.events[2]?.message).toBe('Please add a portfolio link to a store you ran.');
  });

  it('rejects with a reason and a reapply date the VA reads in their language, and holds them to it', async () => {
    const { applicant, id } = await submitted({ locale: 'tr', timeZone: 'Europe/Istanbul' });
    await vetter.agent.ok(CLAIM, { id });
    const past = await vetter.agent.request(REJECT, {
      input: { applicationId: id, reason: 'Not enough support experience yet.', reapplyAfter: '2020-01-01' },
    });
    expect(past.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { reapplyAfter: 'mustBeFuture' },
    });
    const rejected = await vetter.agent.ok<{ rejectVettingApplication: Application }>(REJECT, {
      input: {
        applicationId: id,
        reason: 'Not enough support experience yet.',
        reapplyAfter: '2027-03-01',
        notes: 'Two years only.',
      },
    });
    expect(rejected.rejectVettingApplication).toMatchObject({ status: 'REJECTED', reapplyAfter: '2027-03-01' });
    const mail = (await lastEmailTo(testApp.dataSource, applicant.email)).email;
    expect(mail.subject).toBe('Delegate başvurunuz');
    expect(mail.bodyText).toContain('1 Mart 2027');
    expect(mail.bodyText).toContain('Not enough support experience yet.');
    expect(await mine(applicant)).toMatchObject({
      status: 'REJECTED',
      rejectionReason: 'Not enough support experience yet.',
      reapplyAfter: '2027-03-01',
      nextStep: { key: 'reapply' },
    });

    const tooSoon = await applicant.agent.request(SUBMIT);
    expect(tooSoon.errors?.[0]?.extensions).toMatchObject({ code: 'REAPPLY_TOO_SOON', reapplyAfter: '2027-03-01' });
    // Once the date has come, a fresh application starts at screening.
    await testApp.dataSource.query(`UPDATE vetting_applications SET reapply_after = current_date WHERE id = $1`, [id]);
    const second = await applicant.agent.ok<{ submitVettingApplication: { id: string; stage: string } }>(SUBMIT);
    expect(second.submitVettingApplication.id).not.toBe(id);
    expect(second.submitVettingApplication.stage).toBe('SCREENING');
    // The old decision cannot be reopened while the new application is open.
    expect(
      (await admin.agent.request(REOPEN, { input: { applicationId: id, reason: 'Reviewing the earlier decision.' } }))
        .errors?.[0]?.extensions?.code,
    ).toBe('APPLICATION_SUPERSEDED');
  });

  it('lets only one of two vetters claim an unclaimed application at the same moment', async () => {
    const { id } = await submitted();
    const results = await Promise.all([vetter.agent.request(CLAIM, { id }), colleague.agent.request(CLAIM, { id })]);
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code ?? 'ok').sort();
    expect(codes).toEqual(['ALREADY_CLAIMED', 'ok']);
  });

  it('shows queues per stage with SLA state, oldest first', async () => {
    const { id } = await submitted();
    await testApp.dataSource.query(
      `UPDATE vetting_applications SET stage_entered_at = now() - interval '47 hours' WHERE id = $1`,
      [id],
    );
    const { id: overdue } = await submitted();
    await testApp.dataSource.query(
      `UPDATE vetting_applications SET stage_entered_at = now() - interval '3 days' WHERE id = $1`,
      [overdue],
    );
    const queue = await vetter.agent.ok<{
      vettingQueue: { items: Array<{ id: string; slaStatus: string }>; totalCount: number };
    }>('{ vettingQueue(stage: SCREENING, assignment: UNCLAIMED, limit: 100) { totalCount items { id slaStatus } } }');
    const ids = queue.vettingQueue.items.map((item) => item.id);
    expect(ids.indexOf(overdue)).toBeLessThan(ids.indexOf(id));
    expect(queue.vettingQueue.items.find((item) => item.id === overdue)?.slaStatus).toBe('OVERDUE');
    expect(queue.vettingQueue.items.find((item) => item.id === id)?.slaStatus).toBe('DUE_SOON');
    const summaries = await vetter.agent.ok<{
      vettingStageSummaries: Array<{ stage: string; total: number; overdue: number; dueSoon: number }>;
    }>('{ vettingStageSummaries { stage total overdue dueSoon unclaimed oldestEnteredAt } }');
    const screening = summaries.vettingStageSummaries.find((row) => row.stage === 'SCREENING');
    expect(screening?.overdue).toBeGreaterThanOrEqual(1);
    expect(screening?.dueSoon).toBeGreaterThanOrEqual(1);
    const detail = await vetter.agent.ok<{ vettingApplication: Application }>(DETAIL, { id });
    expect(detail.vettingApplication.events.map((event) => event.kind)).toEqual(['SUBMITTED']);
  });

  it("finds an application in the queue by the VA's e-mail or name, with wildcards taken literally", async () => {
    const { applicant, id } = await submitted();
    await vetter.agent.ok(CLAIM, { id });
    const search = async (text: string) =>
      (
        await vetter.agent.ok<{
          vettingQueue: {
            totalCount: number;
            items: Array<{ id: string; freelancer: { email: string }; claimedBy: { displayName: string } | null }>;
          };
        }>(
          'query($search: String) { vettingQueue(stage: SCREENING, search: $search, limit: 100) { totalCount items { id freelancer { email } claimedBy { displayName } } } }',
          { search: text },
        )
      ).vettingQueue;
    const byEmail = await search(applicant.email.toUpperCase());
    expect(byEmail.items.map((item) => item.id)).toEqual([id]);
    expect(byEmail.items[0]?.claimedBy?.displayName).toBe('Vera Vetter');
    expect((await search('applicant va')).totalCount).toBeGreaterThan(1);
    expect((await search('%')).totalCount).toBe(0);
  });
});
