import { AppError } from '../../platform/errors/app-error.js';

export class ApprovalNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such approval request.');
  }
}

/** Decided already, or the caller may not decide it (their own request, another organisation's). */
export class ApprovalStateError extends AppError {
  readonly code = 'APPROVAL_STATE';
  constructor(message: string) {
    super(message);
  }
}

/** The action waits for an approval first (paying a bonus an admin has not approved yet). */
export class ApprovalPendingError extends AppError {
  readonly code = 'APPROVAL_PENDING';
  constructor() {
    super('This waits for an approval first.');
  }
}
