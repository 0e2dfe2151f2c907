import { AppError } from '../../platform/errors/app-error.js';

export class InvalidCredentialsError extends AppError {
  readonly code = 'INVALID_CREDENTIALS';
  constructor() {
    super('That e-mail and password do not match an account.');
  }
}

export class EmailTakenError extends AppError {
  readonly code = 'EMAIL_TAKEN';
  constructor() {
    super('An account with this e-mail already exists.', { email: 'emailTaken' });
  }
}

export class TooManyAttemptsError extends AppError {
  readonly code = 'TOO_MANY_ATTEMPTS';
  constructor(retryAfterSeconds: number) {
    super('Too many failed sign-in attempts. Try again later.', undefined, { retryAfterSeconds });
  }
}

export class WrongAccountKindError extends AppError {
  readonly code = 'WRONG_ACCOUNT_KIND';
  constructor(accountKind: string) {
    super(`This is a ${accountKind} account; sign in from the ${accountKind} app.`, undefined, { accountKind });
  }
}

export class InvalidResetTokenError extends AppError {
  readonly code = 'INVALID_RESET_TOKEN';
  constructor() {
    super('This password reset link is invalid, used or expired. Ask for a new one.');
  }
}

export class WrongPasswordError extends AppError {
  readonly code = 'WRONG_PASSWORD';
  constructor() {
    super('The current password is not correct.', { currentPassword: 'wrongPassword' });
  }
}
