import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThanOrEqual, MoreThanOrEqual, Not } from 'typeorm';
import { DisputeEntity, type DisputeStatus } from './entities/dispute.entity.js';

/** Disputes that are still being negotiated or mediated. */
export const OPEN_DISPUTE_STATUSES: DisputeStatus[] = ['negotiation', 'mediation'];

export type NewDispute = Pick<
  DisputeEntity,
  'milestoneId' | 'contractId' | 'openedBy' | 'openedBySide' | 'reason' | 'previousStatus' | 'respondBy'
>;
export type DisputeChanges = Partial<
  Pick<
    DisputeEntity,
    | 'status'
    | 'proposalSide'
    | 'proposalFreelancerBps'
    | 'respondBy'
    | 'mediationEndsAt'
    | 'freelancerShareBps'
    | 'releasedMinor'
    | 'refundedMinor'
    | 'decidedBy'
    | 'decisionNote'
    | 'resolvedAt'
  >
>;

/** Disputes over milestones' held money. */
@Injectable()
export class DisputesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(dispute: NewDispute, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(DisputeEntity).insert(dispute);
    return identifiers[0]?.id as string;
  }

  async update(id: string, changes: DisputeChanges, manager: EntityManager): Promise<void> {
    await manager.getRepository(DisputeEntity).update({ id }, changes);
  }

  /** Read without a lock: which milestone to lock first. */
  find(id: string, manager: EntityManager) {
    return manager.getRepository(DisputeEntity).findOneBy({ id });
  }

  lock(id: string, manager: EntityManager) {
    return manager.getRepository(DisputeEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Negotiations nobody answered by their time. */
  async unanswered(now: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(DisputeEntity).find({
      select: { id: true },
      where: { status: 'negotiation', respondBy: LessThanOrEqual(now) },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Disputes (of a contract, or in a status), newest first, with their milestone and contract. */
  page(where: { contractId?: string; status?: DisputeStatus }, page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(DisputeEntity).findAndCount({
      where: {
        ...(where.contractId ? { contractId: where.contractId } : {}),
        ...(where.status ? { status: where.status } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  get(id: string) {
    return this.dataSource.getRepository(DisputeEntity).findOneBy({ id });
  }

  openOn(milestoneIds: string[]) {
    return milestoneIds.length
      ? this.dataSource
          .getRepository(DisputeEntity)
          .findBy({ milestoneId: In(milestoneIds), status: In(OPEN_DISPUTE_STATUSES) })
      : Promise.resolve([]);
  }

  /** Of these contracts, those with a dispute ops decided giving the VA at least `minimumBps` of what was held. */
  async decidedForFreelancer(contractIds: string[], minimumBps: number): Promise<Set<string>> {
    if (contractIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(DisputeEntity).find({
      select: { contractId: true },
      where: {
        contractId: In(contractIds),
        status: 'resolved',
        decidedBy: Not(IsNull()),
        freelancerShareBps: MoreThanOrEqual(minimumBps),
      },
    });
    return new Set(rows.map((row) => row.contractId));
  }
}
