import { AppError } from '../../platform/errors/app-error.js';

export class DisputeNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such dispute.');
  }
}

/** The dispute is not at a stage where this can happen (or the caller is not the side who may). */
export class DisputeStateError extends AppError {
  readonly code = 'DISPUTE_STATE';
  constructor(message: string) {
    super(message);
  }
}
