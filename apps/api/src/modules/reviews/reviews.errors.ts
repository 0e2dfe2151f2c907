import { AppError } from '../../platform/errors/app-error.js';

export class ReviewNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor(what = 'review') {
    super(`No such ${what}.`);
  }
}

/** The cycle's window closed (or both reviews are in): reviews are published and final. */
export class ReviewWindowClosedError extends AppError {
  readonly code = 'REVIEW_WINDOW_CLOSED';
  constructor() {
    super('This review round has closed: reviews can no longer be written or changed.');
  }
}

export class AlreadyReviewedError extends AppError {
  readonly code = 'ALREADY_REVIEWED';
  constructor() {
    super('Your side has already reviewed this round; reviews cannot be changed.');
  }
}

/** Replies and reports are about published reviews, and a reply comes from the side reviewed, once. */
export class ReviewStateError extends AppError {
  readonly code = 'REVIEW_STATE';
  constructor(message: string) {
    super(message);
  }
}
