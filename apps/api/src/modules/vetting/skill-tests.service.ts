import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { attemptStatus, type SkillTestAttemptEntity } from './entities/skill-test-attempt.entity.js';
import type { VettingApplicationEntity } from './entities/vetting-application.entity.js';
import { percentOf, pointsFor, type RubricScore, rubricProblems } from './skill-test.grading.js';
import { type NewQuestion, SkillTestsRepository, type TestFields } from './skill-tests.repository.js';
import {
  ApplicationDecidedError,
  ApplicationNotFoundError,
  ApplicationWithFreelancerError,
  NoTestForSkillsError,
  TestAlreadyGradedError,
  TestAlreadyStartedError,
  TestAlreadySubmittedError,
  TestDeadlinePassedError,
  TestNotFoundError,
  TestNotReadyForGradingError,
  TestNotStartedError,
  WrongStageError,
} from './vetting.errors.js';
import { VettingNotifier } from './vetting.notifier.js';
import { VettingRepository } from './vetting.repository.js';
import { TEST_START_DAYS } from './vetting.rules.js';

const DAY_MS = 86_400_000;
const MAX_ANSWER_LENGTH = 20_000;

export interface SaveTestInput extends TestFields {
  id?: string | null;
  questions: NewQuestion[];
}

export interface QuestionGrade {
  questionId: string;
  rubricScores: RubricScore[];
}

/** The test bank (ops), the timed sittings (VAs) and grading (ops). The clock is always the server's. */
@Injectable()
export class SkillTestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SkillTestsRepository,
    private readonly vetting: VettingRepository,
    private readonly freelancers: FreelancersService,
    private readonly identity: UsersService,
    private readonly notifier: VettingNotifier,
    private readonly audit: AuditService,
  ) {}

  // The bank

  list(filter: { skillId?: string; includeRetired: boolean }) {
    return this.repository.list(filter);
  }

  async withQuestions(id: string) {
    const test = await this.repository.findTest(id);
    if (!test) throw new TestNotFoundError();
    return { test, questions: await this.repository.questions([id]) };
  }

  /**
   * Creates a test, or edits one. A test someone has already sat is never changed under them:
   * the edit becomes a new version and the old one retires.
   */
  async save(input: SaveTestInput, opsUserId: string) {
    checkQuestions(input.questions);
    const { id, questions, ...fields } = input;
    const saved = await this.dataSource.transaction(async (manager) => {
      if (!id) {
        const test = await this.repository.insertTest({ ...fields, replacesId: null }, questions, manager);
        await this.audit.record(
          { actorId: opsUserId, action: 'skillTest.create', targetType: 'skill_test', targetId: test.id },
          manager,
        );
        return test.id;
      }
      const current = await this.repository.lockTest(id, manager);
      if (!current) throw new TestNotFoundError();
      if (await this.repository.hasAttempts(id, manager)) {
        await this.repository.retireTest(id, manager);
        const version = await this.repository.insertTest({ ...fields, replacesId: id }, questions, manager);
        await this.audit.record(
          {
            actorId: opsUserId,
            action: 'skillTest.newVersion',
            targetType: 'skill_test',
            targetId: version.id,
            details: { replaces: id },
          },
          manager,
        );
        return version.id;
      }
      await this.repository.updateTest(id, fields, questions, manager);
      await this.audit.record(
        { actorId: opsUserId, action: 'skillTest.update', targetType: 'skill_test', targetId: id },
        manager,
      );
      return id;
    });
    return this.withQuestions(saved);
  }

  // Assignment

  attemptsOf(applicationIds: string[], manager?: EntityManager) {
    return this.repository.attemptsOfApplications(applicationIds, manager);
  }

  /** Ops choose a test by hand (another skill, or a retake after a failed attempt). */
  async assign(applicationId: string, testId: string, opsUserId: string, now = new Date()) {
    const delivery = await this.dataSource.transaction(async (manager) => {
      const application = await this.vetting.lockApplication(applicationId, manager);
      if (!application) throw new ApplicationNotFoundError();
      if (application.status === 'approved' || application.status === 'rejected') throw new ApplicationDecidedError();
      if (application.status === 'returned') throw new ApplicationWithFreelancerError();
      if (application.stage !== 'skills_test') throw new WrongStageError('skills_test', application.stage);
      const assigned = await this.assignMatching(application, testId, now, manager);
      if (!assigned) throw new NoTestForSkillsError();
      await this.audit.record(
        {
          actorId: opsUserId,
          action: 'skillTest.assign',
          targetType: 'vetting_application',
          targetId: applicationId,
          details: { testId },
        },
        manager,
      );
      return assigned;
    });
    await delivery.deliver();
  }

  /**
   * Assigns `testId`, or else the newest active test for the VA's strongest claimed skill, replacing
   * an attempt not yet started. Returns the e-mail to deliver, or null when no test fits.
   */
  async assignMatching(
    application: VettingApplicationEntity,
    testId: string | null,
    now: Date,
    manager: EntityManager,
  ): Promise<Delivery | null> {
    const attempts = await this.repository.attemptsOfApplications([application.id], manager);
    if (attempts.some((attempt) => attempt.startedAt && !attempt.gradedAt)) throw new TestAlreadyStartedError();
    let test = null;
    if (testId) {
      test = await this.repository.findTest(testId, manager);
      if (!test?.active) throw new TestNotFoundError();
    } else {
      const profile = await this.freelancers.profile(application.freelancerId, manager);
      test = await this.repository.activeTestForSkills(profile?.skills.map((skill) => skill.skillId) ?? [], manager);
    }
    if (!test) return null;
    for (const unstarted of attempts.filter((attempt) => !attempt.startedAt)) {
      await this.repository.deleteAttempt(unstarted.id, manager);
    }
    await this.repository.insertAttempt(
      { applicationId: application.id, testId: test.id, freelancerId: application.freelancerId, assignedAt: now },
      manager,
    );
    await this.vetting.addEvent(
      {
        applicationId: application.id,
        kind: 'test_assigned',
        stage: 'skills_test',
        actorId: null,
        message: test.title,
      },
      manager,
    );
    const freelancer = await this.identity.findUserById(application.freelancerId, manager);
    if (!freelancer) return null;
    const startBy = new Date(now.getTime() + TEST_START_DAYS * DAY_MS);
    return this.notifier.testAssigned(freelancer, test.title, test.timeLimitMinutes, startBy, manager);
  }

  // The VA's sitting

  /** Starts the clock once; calling it again (a reload) returns the same deadline. */
  async start(attemptId: string, freelancerId: string, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.ownAttempt(attemptId, freelancerId, manager);
      if (attempt.startedAt) return attempt;
      const test = await this.repository.findTest(attempt.testId, manager);
      if (!test) throw new TestNotFoundError();
      attempt.startedAt = now;
      attempt.deadlineAt = new Date(now.getTime() + test.timeLimitMinutes * 60_000);
      await this.repository.saveAttempt(attempt, manager);
      await this.vetting.addEvent(
        { applicationId: attempt.applicationId, kind: 'test_started', stage: 'skills_test', actorId: freelancerId },
        manager,
      );
      return attempt;
    });
  }

  async answer(
    attemptId: string,
    freelancerId: string,
    input: { questionId: string; choice?: number | null; text?: string | null },
    now = new Date(),
  ) {
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.ownAttempt(attemptId, freelancerId, manager);
      assertOpenForAnswers(attempt, now);
      const question = (await this.repository.questions([attempt.testId], manager)).find(
        (q) => q.id === input.questionId,
      );
      if (!question) throw new BadUserInputError('That question is not part of this test.', { questionId: 'unknown' });
      if (question.kind === 'multiple_choice') {
        const choice = input.choice;
        if (choice == null || !Number.isInteger(choice) || choice < 0 || choice >= question.options.length) {
          throw new BadUserInputError('Pick one of the options.', { choice: 'required' });
        }
        await this.repository.upsertAnswer(
          { attemptId, questionId: question.id, choice, text: null, answeredAt: now },
          manager,
        );
      } else {
        const text = input.text?.trim() ?? '';
        if (!text) throw new BadUserInputError('Write your answer.', { text: 'required' });
        if (text.length > MAX_ANSWER_LENGTH)
          throw new BadUserInputError('The answer is too long.', { text: 'tooLong' });
        await this.repository.upsertAnswer(
          { attemptId, questionId: question.id, choice: null, text, answeredAt: now },
          manager,
        );
      }
      return attempt;
    });
  }

  /** Hands the test in; a test of only multiple-choice questions is graded at once. */
  async submit(attemptId: string, freelancerId: string, now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.ownAttempt(attemptId, freelancerId, manager);
      if (!attempt.startedAt || !attempt.deadlineAt) throw new TestNotStartedError();
      if (attempt.submittedAt) throw new TestAlreadySubmittedError();
      attempt.submittedAt = now < attempt.deadlineAt ? now : attempt.deadlineAt;
      await this.vetting.addEvent(
        { applicationId: attempt.applicationId, kind: 'test_submitted', stage: 'skills_test', actorId: freelancerId },
        manager,
      );
      const questions = await this.repository.questions([attempt.testId], manager);
      if (questions.every((question) => question.kind === 'multiple_choice')) {
        await this.grade(attempt, null, [], now, manager);
      } else {
        await this.repository.saveAttempt(attempt, manager);
      }
      return attempt;
    });
  }

  // Grading

  async gradeByOps(attemptId: string, opsUserId: string, grades: QuestionGrade[], now = new Date()) {
    return this.dataSource.transaction(async (manager) => {
      const attempt = await this.repository.lockAttempt(attemptId, manager);
      if (!attempt) throw new TestNotFoundError();
      const status = attemptStatus(attempt, now);
      if (status === 'graded') throw new TestAlreadyGradedError();
      if (status !== 'awaiting_grading') throw new TestNotReadyForGradingError();
      attempt.submittedAt ??= attempt.deadlineAt;
      await this.grade(attempt, opsUserId, grades, now, manager);
      await this.audit.record(
        {
          actorId: opsUserId,
          action: 'skillTest.grade',
          targetType: 'skill_test_attempt',
          targetId: attemptId,
          details: { scorePercent: attempt.scorePercent, passed: attempt.passed },
        },
        manager,
      );
      return attempt;
    });
  }

  private async grade(
    attempt: SkillTestAttemptEntity,
    gradedById: string | null,
    grades: QuestionGrade[],
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    const test = await this.repository.findTest(attempt.testId, manager);
    const questions = await this.repository.questions([attempt.testId], manager);
    const answers = await this.repository.answers([attempt.id], manager);
    if (!test) throw new TestNotFoundError();
    const gradeOf = new Map(grades.map((grade) => [grade.questionId, grade.rubricScores]));
    const problems: Record<string, string> = {};
    questions.forEach((question) => {
      if (question.kind === 'practical' && answers.some((answer) => answer.questionId === question.id)) {
        Object.assign(problems, rubricProblems(question, gradeOf.get(question.id) ?? [], `grades.${question.id}`));
      }
    });
    if (Object.keys(problems).length)
      throw new BadUserInputError('Score every rubric line of every answered task.', problems);

    const awarded = new Map<string, number>();
    const scores = answers.map((answer) => {
      const question = questions.find((q) => q.id === answer.questionId);
      const rubric = question?.kind === 'practical' ? (gradeOf.get(answer.questionId) ?? []) : null;
      const points = question ? pointsFor(question, answer, rubric ?? undefined) : 0;
      awarded.set(answer.questionId, points);
      return { attemptId: attempt.id, questionId: answer.questionId, pointsAwarded: points, rubricScores: rubric };
    });
    await this.repository.saveScores(scores, manager);
    attempt.scorePercent = percentOf(questions, awarded);
    attempt.passed = attempt.scorePercent >= test.passPercent;
    attempt.gradedAt = now;
    attempt.gradedById = gradedById;
    await this.repository.saveAttempt(attempt, manager);
    await this.vetting.addEvent(
      { applicationId: attempt.applicationId, kind: 'test_graded', stage: 'skills_test', actorId: gradedById },
      manager,
    );
  }

  private async ownAttempt(attemptId: string, freelancerId: string, manager: EntityManager) {
    const attempt = await this.repository.lockAttempt(attemptId, manager);
    if (!attempt || attempt.freelancerId !== freelancerId) throw new TestNotFoundError();
    return attempt;
  }
}

function assertOpenForAnswers(attempt: SkillTestAttemptEntity, now: Date): void {
  if (!attempt.startedAt || !attempt.deadlineAt) throw new TestNotStartedError();
  if (attempt.submittedAt) throw new TestAlreadySubmittedError();
  if (now >= attempt.deadlineAt) throw new TestDeadlinePassedError(attempt.deadlineAt);
}

/** Multiple choice: two or more options and a correct one among them. Practical: a rubric. */
function checkQuestions(questions: NewQuestion[]): void {
  const problems: Record<string, string> = {};
  if (questions.length === 0) problems.questions = 'required';
  questions.forEach((question, index) => {
    const path = `questions.${index}`;
    if (!question.prompt.trim()) problems[`${path}.prompt`] = 'required';
    if (question.kind === 'multiple_choice') {
      if (question.options.length < 2 || question.options.some((option) => !option.trim()))
        problems[`${path}.options`] = 'atLeastTwo';
      const correct = question.correctOption;
      if (correct == null || correct < 0 || correct >= question.options.length)
        problems[`${path}.correctOption`] = 'required';
    } else if (
      question.rubric.length === 0 ||
      question.rubric.some((line) => !line.criterion.trim() || line.maxPoints < 1)
    ) {
      problems[`${path}.rubric`] = 'required';
    }
  });
  if (Object.keys(problems).length) throw new BadUserInputError('Some questions are not complete.', problems);
}
