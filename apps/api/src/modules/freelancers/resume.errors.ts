import { AppError } from '../../platform/errors/app-error.js';

export class NoFileError extends AppError {
  readonly code = 'BAD_USER_INPUT';
  constructor() {
    super('Choose a file to upload.', { file: 'required' });
  }
}

export class EmptyFileError extends AppError {
  readonly code = 'FILE_EMPTY';
  constructor() {
    super('The file is empty.', { file: 'empty' });
  }
}

export class FileTooLargeError extends AppError {
  readonly code = 'FILE_TOO_LARGE';
  constructor(maxBytes: number) {
    super(`The file is larger than ${Math.floor(maxBytes / 1_048_576)} MB.`, { file: 'tooLarge' }, { maxBytes });
  }
}

export class FileTypeNotAllowedError extends AppError {
  readonly code = 'FILE_TYPE_NOT_ALLOWED';
  constructor() {
    super('Upload your résumé as a PDF or a Word (.docx) document.', { file: 'pdfOrDocx' });
  }
}
