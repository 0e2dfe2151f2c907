import { AppError } from '../../platform/errors/app-error.js';

export class ThreadNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such conversation: a thread opens once the VA has sent a proposal for the job.');
  }
}

export class ThreadVaRequiredError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('Name the VA the conversation is with.', { freelancerId: 'required' });
  }
}
