import type { FastifyReply } from 'fastify';
import type { ActorRequest } from '../access/request-context.js';
import { AppError } from '../errors/app-error.js';

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

/**
 * An uploaded file (the multipart part named `file`), read within `maxBytes`: no file, an empty one
 * and one over the cap are refused with their own codes.
 */
export async function readUpload(
  request: ActorRequest,
  maxBytes: number,
): Promise<{ fileName: string; bytes: Buffer }> {
  const part = request.isMultipart()
    ? await request.file({ throwFileSizeLimit: false, limits: { fileSize: maxBytes } })
    : undefined;
  if (!part) throw new NoFileError();
  const bytes = await part.toBuffer();
  if (part.file.truncated || bytes.length > maxBytes) throw new FileTooLargeError(maxBytes);
  if (bytes.length === 0) throw new EmptyFileError();
  return { fileName: part.filename, bytes };
}

/** Marks a reply as a private file download: an attachment under its own name, never sniffed, never cached. */
export function asPrivateDownload(reply: FastifyReply, file: { contentType: string; fileName: string }): void {
  void reply
    .header('content-type', file.contentType)
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
}
