import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThan } from 'typeorm';
import { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import { HandInFileEntity } from './entities/hand-in-file.entity.js';

/** Files handed in with the work. */
@Injectable()
export class HandInFilesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The VA's milestone a file is uploaded for. */
  milestoneOf(milestoneId: string, freelancerId: string) {
    return this.dataSource
      .getRepository(ContractMilestoneEntity)
      .findOne({ where: { id: milestoneId, contract: { freelancerId } } });
  }

  /** What the VA's files take up, in bytes. */
  async bytesUsedBy(freelancerId: string): Promise<number> {
    const row = await this.dataSource
      .getRepository(HandInFileEntity)
      .createQueryBuilder('file')
      .select('COALESCE(sum(file.size_bytes), 0)::bigint', 'used')
      .where('file.uploaded_by = :freelancerId', { freelancerId })
      .getRawOne<{ used: string }>();
    return Number(row?.used ?? 0);
  }

  insert(
    file: Pick<
      HandInFileEntity,
      'milestoneId' | 'uploadedBy' | 'fileName' | 'contentType' | 'sizeBytes' | 'sha256' | 'storageKey'
    >,
  ): Promise<HandInFileEntity> {
    const repository = this.dataSource.getRepository(HandInFileEntity);
    return repository.save(repository.create(file));
  }

  /** Joins the VA's unattached files to a hand-in; returns how many it joined. */
  async attach(
    files: { ids: string[]; milestoneId: string; uploadedBy: string },
    eventId: string,
    manager: EntityManager,
  ): Promise<number> {
    const { ids, milestoneId, uploadedBy } = files;
    const { affected } = await manager
      .getRepository(HandInFileEntity)
      .update({ id: In(ids), milestoneId, uploadedBy, attachedAt: IsNull() }, { eventId, attachedAt: new Date() });
    return affected ?? 0;
  }

  /** Marks the VA's unattached file as going with a time entry of its week; whether it did. */
  async attachToEntry(file: { id: string; weekId: string; uploadedBy: string }, manager: EntityManager) {
    const { id, weekId: milestoneId, uploadedBy } = file;
    const { affected } = await manager
      .getRepository(HandInFileEntity)
      .update({ id, milestoneId, uploadedBy, attachedAt: IsNull() }, { attachedAt: new Date() });
    return Boolean(affected);
  }

  /** Files by id. */
  byIds(ids: string[]) {
    return ids.length ? this.dataSource.getRepository(HandInFileEntity).findBy({ id: In(ids) }) : Promise.resolve([]);
  }

  /** A file with its milestone and contract (who may read it follows from them). */
  withContract(id: string) {
    return this.dataSource
      .getRepository(HandInFileEntity)
      .findOne({ where: { id }, relations: { milestone: { contract: true } } });
  }

  unattachedBefore(cutoff: Date) {
    return this.dataSource
      .getRepository(HandInFileEntity)
      .findBy({ attachedAt: IsNull(), createdAt: LessThan(cutoff) });
  }

  /** Deletes the file's row only if it is still unattached (a hand-in racing the sweep keeps its file). */
  async deleteUnattached(id: string): Promise<boolean> {
    const { affected } = await this.dataSource.getRepository(HandInFileEntity).delete({ id, attachedAt: IsNull() });
    return Boolean(affected);
  }
}
