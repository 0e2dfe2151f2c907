import { AppError } from '../../platform/errors/app-error.js';

export class JobNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such job post.');
  }
}

export class JobIncompleteError extends AppError {
  readonly code = 'JOB_INCOMPLETE';
  constructor(fields: Record<string, string>) {
    super('Complete the post before publishing it.', fields);
  }
}

export class QualityWarningsError extends AppError {
  readonly code = 'QUALITY_WARNINGS';
  constructor(codes: string[]) {
    super('Review the advice on this post, then publish anyway if you are sure.', undefined, { warnings: codes });
  }
}

export class JobStatusError extends AppError {
  readonly code = 'JOB_STATUS';
  constructor(action: string, status: string) {
    super(`A ${status} post cannot be ${action}.`, undefined, { status });
  }
}

export class UnknownJobSkillError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('Choose skills from the list.', { skills: 'unknownSkill' });
  }
}
