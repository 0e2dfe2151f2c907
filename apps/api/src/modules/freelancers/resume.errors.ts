import { AppError } from '../../platform/errors/app-error.js';

export class FileTypeNotAllowedError extends AppError {
  readonly code = 'FILE_TYPE_NOT_ALLOWED';
  constructor() {
    super('Upload your résumé as a PDF or a Word (.docx) document.', { file: 'pdfOrDocx' });
  }
}
