import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { type RateLimit, RateLimits } from '../rate-limit/rate-limits.js';

/**
 * Private file storage on local disk under `UPLOAD_DIR`, which no static route serves: files
 * leave only through controllers that check who is asking. Keys are generated here, never taken
 * from the uploader, so a file name cannot walk out of the folder. People's uploads are admitted
 * first (`admitUpload`): at most `UPLOADS_PER_HOUR` an account.
 */
@Injectable()
export class FileStorage {
  private readonly root: string;
  private readonly uploadsPerAccount: RateLimit;

  constructor(@Inject(APP_CONFIG) config: AppConfig, limits: RateLimits) {
    this.root = resolve(config.uploads.dir);
    this.uploadsPerAccount = limits.limit({ name: 'uploads', points: config.uploads.perHour, durationSeconds: 3_600 });
  }

  /**
   * Counts an upload against the account's hourly allowance, refusing it when none is left. Call it
   * before any transaction: the counter is written on a connection of its own.
   */
  async admitUpload(ownerId: string): Promise<void> {
    await this.uploadsPerAccount.consume(ownerId);
  }

  /** Writes the bytes under a new key (temporary file, then rename, so readers never see half a file). */
  async put(folder: string, bytes: Buffer): Promise<string> {
    const key = `${folder}/${randomUUID()}`;
    const path = this.pathOf(key);
    await mkdir(join(this.root, folder), { recursive: true });
    const temporary = `${path}.partial`;
    await writeFile(temporary, bytes, { mode: 0o600 });
    await rename(temporary, path);
    return key;
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  private pathOf(key: string): string {
    if (!/^[a-z-]+\/[0-9a-f-]{36}$/.test(key)) throw new Error(`not a storage key: ${key}`);
    return join(this.root, key);
  }
}
