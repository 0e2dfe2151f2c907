import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { fileTypeFromBuffer } from 'file-type';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Actor } from '../../platform/access/actor.js';
import { NotFoundError } from '../../platform/errors/app-error.js';
import { safeFileName } from '../../platform/storage/file-names.js';
import { FileStorage } from '../../platform/storage/file-storage.js';
import { RESUME_CONTENT_TYPES, ResumeEntity } from './entities/resume.entity.js';
import { ProfileLockedError } from './freelancers.errors.js';
import { FreelancersRepository } from './freelancers.repository.js';
import { EDITABLE_STAGES } from './freelancers.service.js';
import { FileTypeNotAllowedError } from './resume.errors.js';
import { ResumeRepository } from './resume.repository.js';

/** Résumé uploads: checked by their bytes, stored privately, readable by their owner and ops only. */
@Injectable()
export class ResumeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly resumes: ResumeRepository,
    private readonly profiles: FreelancersRepository,
    private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  get maxBytes(): number {
    return this.config.uploads.resumeMaxBytes;
  }

  /** An upload already read within the size cap (`readUpload`). */
  async upload(userId: string, file: { fileName: string; bytes: Buffer }): Promise<ResumeEntity> {
    const detected = await fileTypeFromBuffer(file.bytes);
    if (!detected || !(detected.ext in RESUME_CONTENT_TYPES)) throw new FileTypeNotAllowedError();
    const extension = detected.ext as keyof typeof RESUME_CONTENT_TYPES;

    await this.storage.admitUpload(userId);
    const storageKey = await this.storage.put('resumes', file.bytes);
    let saved: { resume: ResumeEntity; replaced: string[] };
    try {
      saved = await this.dataSource.transaction(async (manager) => {
        const profile = await this.profiles.lockProfile(userId, manager);
        if (profile && !EDITABLE_STAGES.has(profile.vettingStage)) throw new ProfileLockedError();
        const resume = await this.resumes.insert(
          {
            userId,
            fileName: safeFileName(file.fileName, extension, 'resume'),
            contentType: RESUME_CONTENT_TYPES[extension],
            sizeBytes: file.bytes.length,
            sha256: createHash('sha256').update(file.bytes).digest('hex'),
            storageKey,
          },
          manager,
        );
        await this.profiles.attachResume(userId, resume.id, manager);
        // One résumé per VA: the new one replaces the others, rows and files (an application that
        // was reviewed with one keeps its record without it).
        return { resume, replaced: await this.resumes.deleteOthers(userId, resume.id, manager) };
      });
    } catch (error) {
      await this.storage.remove(storageKey);
      throw error;
    }
    await Promise.all(saved.replaced.map((key) => this.storage.remove(key)));
    return saved.resume;
  }

  /** The file for its owner or any ops member; everyone else is told it does not exist. */
  async download(id: string, actor: Actor): Promise<{ resume: ResumeEntity; bytes: Buffer }> {
    const resume = await this.resumes.find(id);
    const mayRead = resume && (actor.kind === 'ops' || (actor.kind === 'freelancer' && actor.userId === resume.userId));
    if (!resume || !mayRead) throw new NotFoundError('No such résumé.');
    return { resume, bytes: await this.storage.get(resume.storageKey) };
  }
}
