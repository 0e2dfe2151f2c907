import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, LessThanOrEqual } from 'typeorm';
import type { Party } from '../contracts/contracts.repository.js';
import { ContractEntity } from '../contracts/entities/contract.entity.js';
import { ContractEventEntity } from '../contracts/entities/contract-event.entity.js';
import { ContractMilestoneEntity } from '../contracts/entities/contract-milestone.entity.js';
import { MilestonePaymentEntity } from './entities/milestone-payment.entity.js';
import { PaymentOperationEntity } from './entities/payment-operation.entity.js';

export interface LockedMilestone {
  milestone: ContractMilestoneEntity;
  contract: ContractEntity;
}

/** Milestones under lock, their payments, the provider calls owed, and the contract's timeline. */
@Injectable()
export class EscrowRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The milestone, locked for this transaction (the one lock every money action on it takes), with
   * its contract; null when there is none the party may act on. `party: null` is the platform itself.
   */
  async lockMilestone(id: string, party: Party | null, manager: EntityManager): Promise<LockedMilestone | null> {
    const query = manager
      .getRepository(ContractMilestoneEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.contract', 'c')
      .where('m.id = :id', { id })
      .setLock('pessimistic_write', undefined, ['m']);
    if (party && 'organizationId' in party) query.andWhere('c.organizationId = :org', { org: party.organizationId });
    if (party && 'freelancerId' in party) query.andWhere('c.freelancerId = :va', { va: party.freelancerId });
    const milestone = await query.getOne();
    return milestone?.contract ? { milestone, contract: milestone.contract } : null;
  }

  async updateMilestone(id: string, changes: Partial<ContractMilestoneEntity>, manager: EntityManager) {
    await manager.getRepository(ContractMilestoneEntity).update({ id }, changes);
  }

  /** Appends to the contract's timeline; returns the event's id (the key of the money it moved). */
  async addEvent(
    event: Pick<ContractEventEntity, 'contractId' | 'milestoneId' | 'kind' | 'actorId'> &
      Partial<Pick<ContractEventEntity, 'amountMinor' | 'message'>>,
    manager: EntityManager,
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(ContractEventEntity).insert(event);
    return identifiers[0]?.id as string;
  }

  pendingPayment(milestoneId: string, manager: EntityManager) {
    return manager.getRepository(MilestonePaymentEntity).findOneBy({ milestoneId, status: 'pending' });
  }

  succeededPayment(milestoneId: string, manager: EntityManager) {
    return manager.getRepository(MilestonePaymentEntity).findOneBy({ milestoneId, status: 'succeeded' });
  }

  async insertPayment(
    payment: Pick<
      MilestonePaymentEntity,
      'milestoneId' | 'organizationId' | 'provider' | 'amountMinor' | 'currency' | 'createdBy'
    >,
    manager: EntityManager,
  ): Promise<MilestonePaymentEntity> {
    const { identifiers } = await manager.getRepository(MilestonePaymentEntity).insert(payment);
    return manager.getRepository(MilestonePaymentEntity).findOneByOrFail({ id: identifiers[0]?.id });
  }

  payment(id: string, organizationId?: string) {
    return this.dataSource
      .getRepository(MilestonePaymentEntity)
      .findOneBy({ id, ...(organizationId ? { organizationId } : {}) });
  }

  paymentAtProvider(providerPaymentId: string) {
    return this.dataSource.getRepository(MilestonePaymentEntity).findOneBy({ providerPaymentId });
  }

  lockPayment(id: string, manager: EntityManager) {
    return manager
      .getRepository(MilestonePaymentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updatePayment(id: string, changes: Partial<MilestonePaymentEntity>, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).getRepository(MilestonePaymentEntity).update({ id }, changes);
  }

  async insertOperation(
    operation: Pick<
      PaymentOperationEntity,
      'kind' | 'idempotencyKey' | 'milestoneId' | 'providerPaymentId' | 'amountMinor' | 'currency'
    >,
    manager: EntityManager,
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(PaymentOperationEntity).insert(operation);
    return identifiers[0]?.id as string;
  }

  operation(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(PaymentOperationEntity).findOneBy({ id });
  }

  lockOperation(id: string, manager: EntityManager) {
    return manager
      .getRepository(PaymentOperationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  async updateOperation(id: string, changes: Partial<PaymentOperationEntity>, manager?: EntityManager) {
    await (manager ?? this.dataSource.manager).getRepository(PaymentOperationEntity).update({ id }, changes);
  }

  /** Refunds still owed that nobody touched for a while (a crash, or the provider was down). */
  async staleRefunds(before: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(PaymentOperationEntity).find({
      select: { id: true },
      where: { kind: 'refund', status: 'pending', updatedAt: LessThanOrEqual(before) },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Handed-in milestones whose auto-release time has come. */
  async dueForAutoRelease(now: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(ContractMilestoneEntity).find({
      select: { id: true },
      where: { status: 'submitted', autoReleaseAt: LessThanOrEqual(now) },
      order: { autoReleaseAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }
}
