import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, Not } from 'typeorm';
import { ResumeEntity } from './entities/resume.entity.js';

export type NewResume = Pick<
  ResumeEntity,
  'userId' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'storageKey'
>;

/** All reads and writes of uploaded résumés. */
@Injectable()
export class ResumeRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ResumeEntity).findOneBy({ id });
  }

  insert(resume: NewResume, manager: EntityManager): Promise<ResumeEntity> {
    return manager.getRepository(ResumeEntity).save(manager.getRepository(ResumeEntity).create(resume));
  }

  /** Deletes the VA's résumés other than `keepId`; returns their storage keys, for the files to go too. */
  async deleteOthers(userId: string, keepId: string, manager: EntityManager): Promise<string[]> {
    const older = await manager.getRepository(ResumeEntity).findBy({ userId, id: Not(keepId) });
    if (older.length) await manager.getRepository(ResumeEntity).delete({ id: In(older.map(({ id }) => id)) });
    return older.map(({ storageKey }) => storageKey);
  }
}
