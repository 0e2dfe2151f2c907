import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, MoreThanOrEqual, Not } from 'typeorm';
import { MilestonePaymentEntity } from './entities/milestone-payment.entity.js';

/** Milestones' payments: the client's card payments into escrow. */
@Injectable()
export class EscrowRepository {
  constructor(private readonly dataSource: DataSource) {}

  pendingPayment(milestoneId: string, manager: EntityManager) {
    return manager.getRepository(MilestonePaymentEntity).findOneBy({ milestoneId, status: 'pending' });
  }

  /** A milestone's payments that succeeded (more than one if it was paid twice), oldest first. */
  succeededPayments(milestoneId: string, manager: EntityManager) {
    return manager
      .getRepository(MilestonePaymentEntity)
      .find({ where: { milestoneId, status: 'succeeded' }, order: { succeededAt: 'ASC' } });
  }

  async insertPayment(
    payment: Pick<
      MilestonePaymentEntity,
      'milestoneId' | 'organizationId' | 'provider' | 'amountMinor' | 'currency' | 'createdBy'
    > &
      Partial<Pick<MilestonePaymentEntity, 'savedCardId'>>,
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

  paymentsAtProviderSince(provider: string, since: Date) {
    return this.dataSource.getRepository(MilestonePaymentEntity).find({
      where: { provider, providerPaymentId: Not(IsNull()), createdAt: MoreThanOrEqual(since) },
      order: { createdAt: 'ASC' },
    });
  }

  async milestonesPaidAt(provider: string, milestoneIds: string[]): Promise<Set<string>> {
    if (milestoneIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(MilestonePaymentEntity).find({
      select: { milestoneId: true },
      where: { provider, milestoneId: In([...new Set(milestoneIds)]) },
    });
    return new Set(rows.map((row) => row.milestoneId));
  }
}
