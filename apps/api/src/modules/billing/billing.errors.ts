import { AppError } from '../../platform/errors/app-error.js';

export class SavedCardNotFoundError extends AppError {
  readonly code = 'NOT_FOUND';
  constructor() {
    super('No such saved card.');
  }
}
