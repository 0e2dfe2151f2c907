import { AppError } from '../../platform/errors/app-error.js';

export class OfferNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such offer.');
  }
}

export class ContractNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such contract.');
  }
}

export class MilestoneNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such milestone.');
  }
}

export class OfferTermsError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(fields: Record<string, string>) {
    super('Complete the terms for this kind of contract.', fields);
  }
}

export class OfferExistsError extends AppError {
  readonly code = 'OFFER_EXISTS';
  constructor() {
    super('An offer on this proposal is waiting for an answer; withdraw it to make another.');
  }
}

export class OfferStatusError extends AppError {
  readonly code = 'OFFER_STATUS';
  constructor(action: string, status: string) {
    super(`This offer is ${status} and cannot be ${action}.`, undefined, { status });
  }
}

/** The contract has ended, or a retainer is already under notice. */
export class ContractStateError extends AppError {
  readonly code = 'CONTRACT_STATE';
  constructor(message: string) {
    super(message);
  }
}

/** A paid trial is on: later milestones wait until the client continues after it. */
export class TrialUndecidedError extends AppError {
  readonly code = 'TRIAL_UNDECIDED';
  constructor() {
    super('Continue after the paid trial before paying the next milestone.');
  }
}

export class MilestoneStatusError extends AppError {
  readonly code = 'MILESTONE_STATUS';
  constructor(action: string, status: string) {
    super(`This milestone is ${status.replace('_', ' ')}; it cannot be ${action} now.`, undefined, { status });
  }
}
