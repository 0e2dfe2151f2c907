import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export const PAYMENT_STATUSES = ['pending', 'succeeded'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/**
 * A client's card payment for a milestone, as the provider sees it. One pending payment per
 * milestone at a time (a partial unique index): paying again reuses it, so a double click or a
 * retry after a crash charges once.
 */
@Entity('milestone_payments')
@Index('IDX_milestone_payments_one_pending', ['milestoneId'], { unique: true, where: `status = 'pending'` })
export class MilestonePaymentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'milestone_id', type: 'uuid' })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  milestoneId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'varchar', length: 10 })
  provider: string;

  /** The provider's payment (Stripe PaymentIntent) id, once created. */
  @Column({ name: 'provider_payment_id', type: 'varchar', length: 100, nullable: true, unique: true })
  providerPaymentId: string | null;

  /** The charge behind a succeeded payment: transfers of this milestone's money name it as their source. */
  @Column({ name: 'provider_charge_id', type: 'varchar', length: 100, nullable: true })
  providerChargeId: string | null;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'enum', enum: PAYMENT_STATUSES, enumName: 'milestone_payment_status', default: 'pending' })
  status: PaymentStatus;

  /** Charged to the organisation's saved card with nobody present (the last card tried); null when paid by hand. */
  @Column({ name: 'saved_card_id', type: 'uuid', nullable: true })
  @ForeignKey('SavedCardEntity', { onDelete: 'RESTRICT' })
  savedCardId: string | null;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'succeeded_at', type: 'timestamptz', nullable: true })
  succeededAt: Date | null;
}
