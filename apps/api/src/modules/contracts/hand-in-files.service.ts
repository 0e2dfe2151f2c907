import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Actor } from '../../platform/access/actor.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { AppError, BadUserInputError, NotFoundError } from '../../platform/errors/app-error.js';
import { safeFileName } from '../../platform/storage/file-names.js';
import { FileStorage } from '../../platform/storage/file-storage.js';
import { AuditService } from '../audit/audit.service.js';
import { MilestoneNotFoundError } from './contracts.errors.js';
import { HAND_IN_CONTENT_TYPES, type HandInFileEntity } from './entities/hand-in-file.entity.js';
import { HandInFilesRepository } from './hand-in-files.repository.js';
import { MilestonesService } from './milestones.service.js';

/** At most this many files go with one hand-in. */
export const HAND_IN_MAX_FILES = 10;

export class UploadQuotaExceededError extends AppError {
  readonly code = 'UPLOAD_QUOTA_EXCEEDED';
  constructor(quotaBytes: number) {
    super('Your handed-in files have used up their space.', { file: 'quotaExceeded' }, { maxBytes: quotaBytes });
  }
}

const SWEEP_UNATTACHED_TASK = 'escrow.sweep-unattached-hand-in-files';

export class HandInTypeNotAllowedError extends AppError {
  readonly code = 'HAND_IN_TYPE_NOT_ALLOWED';
  constructor() {
    super('Hand in documents, spreadsheets, slides, images or a zip archive.', { file: 'handInType' });
  }
}

/**
 * Files the VA hands in with the work: uploaded while the milestone waits for a hand-in, checked by
 * their bytes, stored privately, within the VA's quota. They join the hand-in they go with (or a time
 * entry of an hourly week); from then on both sides of the contract may read them, and ops while the
 * milestone is disputed (each read audited). Before that only the uploader may; files never attached
 * are swept away daily.
 */
@Injectable()
export class HandInFilesService {
  constructor(
    private readonly repository: HandInFilesRepository,
    private readonly milestones: MilestonesService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    background.register({
      name: SWEEP_UNATTACHED_TASK,
      policy: 'singleton',
      cron: '17 4 * * *',
      handler: async () => {
        await this.sweepUnattached();
      },
    });
  }

  get maxBytes(): number {
    return this.config.uploads.handInMaxBytes;
  }

  /** An upload already read within the size cap (`readUpload`). */
  async upload(
    freelancerId: string,
    milestoneId: string,
    file: { fileName: string; bytes: Buffer },
  ): Promise<HandInFileEntity> {
    const milestone = await this.repository.milestoneOf(milestoneId, freelancerId);
    if (!milestone) throw new MilestoneNotFoundError();
    this.milestones.assertAllows(milestone, 'submit');
    const detected = await fileTypeFromBuffer(file.bytes);
    if (!detected || !(detected.ext in HAND_IN_CONTENT_TYPES)) throw new HandInTypeNotAllowedError();
    const extension = detected.ext as keyof typeof HAND_IN_CONTENT_TYPES;
    const used = await this.repository.bytesUsedBy(freelancerId);
    const quota = this.config.uploads.handInQuotaBytes;
    if (used + file.bytes.length > quota) throw new UploadQuotaExceededError(quota);
    await this.storage.admitUpload(freelancerId);
    const storageKey = await this.storage.put('hand-ins', file.bytes);
    try {
      return await this.repository.insert({
        milestoneId,
        uploadedBy: freelancerId,
        fileName: safeFileName(file.fileName, extension, 'work'),
        contentType: HAND_IN_CONTENT_TYPES[extension],
        sizeBytes: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        storageKey,
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
  }

  /** Joins the VA's uploaded files to their hand-in (in its transaction); each file goes with one hand-in only. */
  async attach(
    freelancerId: string,
    milestoneId: string,
    fileIds: string[],
    eventId: string,
    manager: EntityManager,
  ): Promise<void> {
    const ids = [...new Set(fileIds)];
    if (ids.length === 0) return;
    if (ids.length > HAND_IN_MAX_FILES) {
      throw new BadUserInputError(`Hand in at most ${HAND_IN_MAX_FILES} files.`, { fileIds: 'tooMany' });
    }
    const attached = await this.repository.attach({ ids, milestoneId, uploadedBy: freelancerId }, eventId, manager);
    if (attached !== ids.length) {
      throw new BadUserInputError('A file was not uploaded for this milestone, or went with an earlier hand-in.', {
        fileIds: 'invalid',
      });
    }
  }

  /**
   * Joins a file the VA uploaded for an hourly week to one of its time entries (in the entry's
   * transaction): the business may read it from then on, as evidence of the work.
   */
  async attachToEntry(freelancerId: string, weekId: string, fileId: string, manager: EntityManager): Promise<void> {
    if (!(await this.repository.attachToEntry({ id: fileId, weekId, uploadedBy: freelancerId }, manager))) {
      throw new BadUserInputError('The file was not uploaded for this week, or goes with other work already.', {
        fileId: 'invalid',
      });
    }
  }

  /** Files by id, for showing them with what they are attached to. */
  byIds(ids: string[]): Promise<HandInFileEntity[]> {
    return this.repository.byIds([...new Set(ids)]);
  }

  /** The file for whoever may read it (see the class); everyone else is told it does not exist. */
  async download(id: string, actor: Actor): Promise<{ file: HandInFileEntity; bytes: Buffer }> {
    const file = await this.repository.withContract(id);
    const milestone = file?.milestone;
    const contract = milestone?.contract;
    const handedIn = file !== null && file.attachedAt !== null;
    const mayRead =
      file &&
      contract &&
      ((actor.kind === 'ops' && handedIn && milestone?.status === 'disputed') ||
        (actor.kind === 'freelancer' && actor.userId === contract.freelancerId) ||
        (actor.kind === 'client' && actor.organizationId === contract.organizationId && handedIn));
    if (!file || !mayRead) throw new NotFoundError('No such file.');
    if (actor.kind === 'ops') {
      await this.audit.record({
        actorId: actor.userId,
        action: 'hand_in_file.download',
        targetType: 'hand_in_file',
        targetId: file.id,
        details: { milestoneId: file.milestoneId, fileName: file.fileName },
      });
    }
    return { file, bytes: await this.storage.get(file.storageKey) };
  }

  /** Removes files uploaded but never handed in, after `HAND_IN_UNATTACHED_DAYS`; returns how many. */
  async sweepUnattached(now = new Date()): Promise<number> {
    const cutoff = new Date(now.getTime() - this.config.uploads.handInUnattachedDays * 86_400_000);
    let removed = 0;
    for (const file of await this.repository.unattachedBefore(cutoff)) {
      if (!(await this.repository.deleteUnattached(file.id))) continue;
      await this.storage.remove(file.storageKey);
      removed += 1;
    }
    return removed;
  }
}
