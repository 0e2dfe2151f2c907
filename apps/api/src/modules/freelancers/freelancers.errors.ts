import { AppError } from '../../platform/errors/app-error.js';

export class ProfileLockedError extends AppError {
  readonly code = 'PROFILE_LOCKED';
  constructor() {
    super('Your application is being reviewed; the profile can change again if ops send it back to you.');
  }
}

export class UnknownSkillError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('Choose skills from the list.', { skills: 'unknownSkill' });
  }
}
