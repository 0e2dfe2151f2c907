/**
 * Base of every error a caller is meant to see. `code` is stable and becomes
 * `extensions.code` in GraphQL; `fields` names the inputs at fault, for forms.
 */
export abstract class AppError extends Error {
  abstract readonly code: string;

  constructor(
    message: string,
    readonly fields?: Readonly<Record<string, string>>,
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The caller is not signed in (or the session ended). */
export class UnauthenticatedError extends AppError {
  readonly code = 'UNAUTHENTICATED';
  constructor(message = 'Sign in to continue.') {
    super(message);
  }
}

/** The caller is signed in but may not do this. */
export class ForbiddenError extends AppError {
  readonly code = 'FORBIDDEN';
  constructor(message = 'You do not have access to this.') {
    super(message);
  }
}

/** Input failed validation; `fields` maps each bad input to a message key. */
export class BadUserInputError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor(message: string, fields?: Record<string, string>) {
    super(message, fields);
  }
}

export class NotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
}
