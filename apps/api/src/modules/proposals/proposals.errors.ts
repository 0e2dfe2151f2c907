import { AppError } from '../../platform/errors/app-error.js';

export class ProposalNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such proposal.');
  }
}

export class NotApprovedError extends AppError {
  readonly code = 'NOT_APPROVED';
  constructor() {
    super('Only VAs who passed vetting can send proposals.');
  }
}

export class JobClosedToProposalsError extends AppError {
  readonly code = 'JOB_STATUS';
  constructor(status: string) {
    super('This job is not taking proposals now.', undefined, { status });
  }
}

export class ProposalExistsError extends AppError {
  readonly code = 'PROPOSAL_EXISTS';
  constructor() {
    super('You already sent a proposal for this job; withdraw it to send a new one.');
  }
}

export class ScreeningAnswersError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(expected: number) {
    super(`Answer each of the ${expected} screening questions.`, { screeningAnswers: 'answerEach' });
  }
}

export class ProposalStatusError extends AppError {
  readonly code = 'PROPOSAL_STATUS';
  constructor(action: string, status: string) {
    super(`A ${status} proposal cannot be ${action}.`, undefined, { status });
  }
}

export class AvailableFromPastError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('Choose a start date from today on.', { availableFrom: 'inPast' });
  }
}
