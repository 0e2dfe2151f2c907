import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ReconciliationDifferenceEntity as DifferenceEntity } from './entities/reconciliation-difference.entity.js';
import { ReconciliationRunEntity } from './entities/reconciliation-run.entity.js';

export type NewDifference = Omit<DifferenceEntity, 'id' | 'runId' | 'run'>;

/** Reconciliation runs and the differences they found. */
@Injectable()
export class ReconciliationRepository {
  constructor(private readonly dataSource: DataSource) {}

  startRun(provider: string, triggeredBy: string | null): Promise<ReconciliationRunEntity> {
    const runs = this.dataSource.getRepository(ReconciliationRunEntity);
    return runs.save(runs.create({ provider, triggeredBy }));
  }

  /** The run's differences and counts, all or nothing. */
  async finishRun(runId: string, differences: NewDifference[], checkedCount: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (differences.length > 0) {
        await manager
          .getRepository(DifferenceEntity)
          .insert(differences.map((difference) => ({ ...difference, runId })));
      }
      await manager
        .getRepository(ReconciliationRunEntity)
        .update({ id: runId }, { finishedAt: new Date(), checkedCount, differenceCount: differences.length });
    });
  }

  runs(page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(ReconciliationRunEntity).findAndCount({
      order: { startedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  findRun(id: string) {
    return this.dataSource.getRepository(ReconciliationRunEntity).findOneBy({ id });
  }

  differences(runId: string): Promise<DifferenceEntity[]> {
    return this.dataSource
      .getRepository(DifferenceEntity)
      .find({ where: { runId }, order: { objectType: 'ASC', providerObjectId: 'ASC' } });
  }
}
