import { AppError } from '../../platform/errors/app-error.js';

export class InvalidInvitationError extends AppError {
  readonly code = 'INVALID_INVITATION';
  constructor() {
    super('This invitation is invalid, already used, revoked or expired.');
  }
}

export class InvitationEmailMismatchError extends AppError {
  readonly code = 'INVITATION_EMAIL_MISMATCH';
  constructor() {
    super('Sign up with the e-mail address the invitation was sent to.', { email: 'invitationEmailMismatch' });
  }
}

export class AlreadyMemberError extends AppError {
  readonly code = 'ALREADY_MEMBER';
  constructor() {
    super('This person already has a Delegate account.', { email: 'emailTaken' });
  }
}
