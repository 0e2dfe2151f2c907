import { AppError } from '../../platform/errors/app-error.js';

export class DocumentNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such invoice or statement.');
  }
}
