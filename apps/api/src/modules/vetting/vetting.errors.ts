import { AppError } from '../../platform/errors/app-error.js';

export class ApplicationIncompleteError extends AppError {
  readonly code = 'APPLICATION_INCOMPLETE';
  constructor(fields: Record<string, string>) {
    super('Finish your profile before you apply.', fields);
  }
}

export class AlreadyAppliedError extends AppError {
  readonly code = 'ALREADY_APPLIED';
  constructor() {
    super('Your application is already with our vetting team.');
  }
}

export class ReapplyTooSoonError extends AppError {
  readonly code = 'REAPPLY_TOO_SOON';
  constructor(reapplyAfter: string) {
    super(`You can apply again from ${reapplyAfter}.`, undefined, { reapplyAfter });
  }
}

export class ApplicationNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such application.');
  }
}

/** The application was approved or rejected; only an ops admin reopening it may change it. */
export class ApplicationDecidedError extends AppError {
  readonly code = 'APPLICATION_DECIDED';
  constructor() {
    super('This application has been decided. An ops admin can reopen it.');
  }
}

export class ApplicationWithFreelancerError extends AppError {
  readonly code = 'APPLICATION_WITH_FREELANCER';
  constructor() {
    super('This application is back with the VA; wait until they resubmit it.');
  }
}

export class WrongStageError extends AppError {
  readonly code = 'WRONG_STAGE';
  constructor(expected: string, actual: string) {
    super(`This needs the application in the ${expected} stage; it is in ${actual}.`, undefined, { expected, actual });
  }
}

export class NotClaimedError extends AppError {
  readonly code = 'NOT_CLAIMED_BY_YOU';
  constructor() {
    super('Claim the application before acting on it.');
  }
}

export class AlreadyClaimedError extends AppError {
  readonly code = 'ALREADY_CLAIMED';
  constructor(claimedBy: string) {
    super(`${claimedBy} is working on this application. Take it over if they are away.`, undefined, { claimedBy });
  }
}

export class MustHaveNotMetError extends AppError {
  readonly code = 'MUST_HAVE_NOT_MET';
  constructor(criteria: string[]) {
    super(
      'A must-have criterion is below the bar: reject the application or send it back instead.',
      Object.fromEntries(criteria.map((criterion) => [`scorecard.${criterion}`, 'belowBar'])),
    );
  }
}

export class StageRequirementError extends AppError {
  readonly code = 'STAGE_REQUIREMENT_NOT_MET';
  constructor(requirement: 'testPassed' | 'interviewHeld', message: string) {
    super(message, undefined, { requirement });
  }
}

export class ApplicationSupersededError extends AppError {
  readonly code = 'APPLICATION_SUPERSEDED';
  constructor() {
    super('The VA has a newer application open; work on that one instead.');
  }
}

export class TestNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such test.');
  }
}

export class NoTestForSkillsError extends AppError {
  readonly code = 'NO_TEST_FOR_SKILLS';
  constructor() {
    super('No active test matches this VA’s skills; assign one by hand.');
  }
}

export class TestAlreadyStartedError extends AppError {
  readonly code = 'TEST_ALREADY_STARTED';
  constructor() {
    super('The VA has started the current test; grade it before assigning another.');
  }
}

export class TestNotStartedError extends AppError {
  readonly code = 'TEST_NOT_STARTED';
  constructor() {
    super('Start the test first.');
  }
}

export class TestDeadlinePassedError extends AppError {
  readonly code = 'TEST_DEADLINE_PASSED';
  constructor(deadlineAt: Date) {
    super('Time is up for this test; answers after the deadline are not accepted.', undefined, {
      deadlineAt: deadlineAt.toISOString(),
    });
  }
}

export class TestAlreadySubmittedError extends AppError {
  readonly code = 'TEST_ALREADY_SUBMITTED';
  constructor() {
    super('You already handed in this test.');
  }
}

export class TestNotReadyForGradingError extends AppError {
  readonly code = 'TEST_NOT_READY_FOR_GRADING';
  constructor() {
    super('The test can be graded once the VA hands it in or its time runs out.');
  }
}

export class TestAlreadyGradedError extends AppError {
  readonly code = 'TEST_ALREADY_GRADED';
  constructor() {
    super('This attempt is already graded.');
  }
}

export class InterviewAlreadyBookedError extends AppError {
  readonly code = 'INTERVIEW_ALREADY_BOOKED';
  constructor() {
    super('An interview slot is already booked for this application.');
  }
}

export class SlotUnavailableError extends AppError {
  readonly code = 'SLOT_UNAVAILABLE';
  constructor() {
    super('That time is no longer available; pick another.');
  }
}
