import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const OPERATION_KINDS = ['refund', 'transfer'] as const;
export type OperationKind = (typeof OPERATION_KINDS)[number];
/** `waiting`: a transfer owed to a VA who has no payout account able to receive it yet. */
export const OPERATION_STATUSES = ['waiting', 'pending', 'succeeded', 'failed'] as const;
export type OperationStatus = (typeof OPERATION_STATUSES)[number];

/**
 * A call to the payment provider that a committed decision owes: written in the decision's
 * transaction, carried out after it commits, retried until the provider answers. The idempotency
 * key makes a retry after a crash return the first attempt's refund or transfer, never a second one.
 */
@Entity('payment_operations')
@Index('IDX_payment_operations_pending', ['createdAt'], { where: `status = 'pending'` })
@Index('IDX_payment_operations_waiting', ['freelancerId'], { where: `status = 'waiting'` })
export class PaymentOperationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OPERATION_KINDS, enumName: 'payment_operation_kind' })
  kind: OperationKind;

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ name: 'milestone_id', type: 'uuid', nullable: true })
  milestoneId: string | null;

  /** The refunded payment (the provider's id). */
  @Column({ name: 'provider_payment_id', type: 'varchar', length: 100, nullable: true })
  providerPaymentId: string | null;

  /** The VA a transfer pays, and the payout account it goes to once there is one. */
  @Column({ name: 'freelancer_id', type: 'uuid', nullable: true })
  freelancerId: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  destination: string | null;

  /** The charge a transfer's money came from (Stripe's `source_transaction`). */
  @Column({ name: 'source_charge', type: 'varchar', length: 100, nullable: true })
  sourceCharge: string | null;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'enum', enum: OPERATION_STATUSES, enumName: 'payment_operation_status', default: 'pending' })
  status: OperationStatus;

  /** The provider's refund or transfer, once made. */
  @Column({ name: 'provider_object_id', type: 'varchar', length: 100, nullable: true })
  providerObjectId: string | null;

  @Column({ type: 'smallint', default: 0 })
  attempts: number;

  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
