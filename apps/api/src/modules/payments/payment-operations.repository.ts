import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { type OperationKind, PaymentOperationEntity } from './entities/payment-operation.entity.js';

export type NewOperation = Pick<
  PaymentOperationEntity,
  | 'kind'
  | 'idempotencyKey'
  | 'milestoneId'
  | 'providerPaymentId'
  | 'freelancerId'
  | 'destination'
  | 'sourceCharge'
  | 'amountMinor'
  | 'currency'
  | 'status'
>;

/** The provider calls decisions owe. */
@Injectable()
export class PaymentOperationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(operation: NewOperation, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(PaymentOperationEntity).insert(operation);
    return identifiers[0]?.id as string;
  }

  find(id: string) {
    return this.dataSource.getRepository(PaymentOperationEntity).findOneBy({ id });
  }

  lock(id: string, manager: EntityManager) {
    return manager
      .getRepository(PaymentOperationEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  /** Changes an operation that is still pending (a run that lost a race changes nothing). */
  async updatePending(
    id: string,
    changes: Partial<Pick<PaymentOperationEntity, 'status' | 'providerObjectId' | 'attempts' | 'lastError'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(PaymentOperationEntity).update({ id, status: 'pending' }, changes);
  }

  /** What refunds not refused took back from each provider payment (pending ones count: they are on their way). */
  async refundedFrom(providerPaymentIds: string[], manager: EntityManager): Promise<Map<string, number>> {
    if (!providerPaymentIds.length) return new Map();
    const rows: Array<{ paymentId: string; amount: string }> = await manager.query(
      `SELECT provider_payment_id AS "paymentId", sum(amount_minor) AS amount FROM payment_operations
        WHERE kind = 'refund' AND status <> 'failed' AND provider_payment_id = ANY($1) GROUP BY provider_payment_id`,
      [providerPaymentIds],
    );
    return new Map(rows.map((row) => [row.paymentId, Number(row.amount)]));
  }

  /** Pending operations nobody touched since `before` (a crash, or the provider was down), oldest first. */
  async stale(before: Date, limit: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(PaymentOperationEntity).find({
      select: { id: true },
      where: { status: 'pending', updatedAt: LessThanOrEqual(before) },
      order: { createdAt: 'ASC' },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** A VA's waiting transfers, now addressed to their payout account and pending; returns their ids. */
  async sendWaitingTransfers(freelancerId: string, destination: string): Promise<string[]> {
    // Selected from a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const sent: Array<{ id: string }> = await this.dataSource.query(
      `WITH sent AS (UPDATE payment_operations SET status = 'pending', destination = $2, updated_at = now()
         WHERE kind = 'transfer' AND freelancer_id = $1 AND status = 'waiting' RETURNING id)
       SELECT id FROM sent`,
      [freelancerId, destination],
    );
    return sent.map((row) => row.id);
  }

  /** What was transferred to a VA, per currency. */
  async transferredTo(freelancerId: string): Promise<Array<{ currency: string; amountMinor: number }>> {
    const rows: Array<{ currency: string; amount: string }> = await this.dataSource.query(
      `SELECT currency, sum(amount_minor) AS amount FROM payment_operations
       WHERE kind = 'transfer' AND freelancer_id = $1 AND status = 'succeeded' GROUP BY currency`,
      [freelancerId],
    );
    return rows.map((row) => ({ currency: row.currency, amountMinor: Number(row.amount) }));
  }

  /** A VA's latest transfers that are owed or made. */
  latestTransfers(freelancerId: string, limit: number) {
    return this.dataSource.getRepository(PaymentOperationEntity).find({
      where: { kind: 'transfer', freelancerId, status: In(['waiting', 'pending', 'succeeded']) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  /** Operations the provider carried out since a time, oldest first (reconciliation compares them). */
  carriedOutSince(since: Date, kinds: OperationKind[] = ['refund', 'transfer']) {
    return this.dataSource
      .getRepository(PaymentOperationEntity)
      .createQueryBuilder('o')
      .where(`o.status = 'succeeded'`)
      .andWhere('o.provider_object_id IS NOT NULL')
      .andWhere('o.updated_at >= :since', { since })
      .andWhere('o.kind IN (:...kinds)', { kinds })
      .orderBy('o.updated_at', 'ASC')
      .getMany();
  }
}
