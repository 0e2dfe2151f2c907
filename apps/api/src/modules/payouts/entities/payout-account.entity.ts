import { Column, CreateDateColumn, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/**
 * `pending`: the VA has not finished the provider's forms; `restricted`: they have, but the provider
 * needs more before it pays out; `enabled`: released money can be transferred.
 */
export const PAYOUT_ACCOUNT_STATUSES = ['pending', 'restricted', 'enabled'] as const;
export type PayoutAccountStatus = (typeof PAYOUT_ACCOUNT_STATUSES)[number];

/** A VA's Connect Express account at the payment provider, as last read from it. */
@Entity('payout_accounts')
export class PayoutAccountEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  userId: string;

  @Column({ type: 'varchar', length: 10 })
  provider: string;

  @Column({ name: 'provider_account_id', type: 'varchar', length: 100, unique: true })
  providerAccountId: string;

  @Column({ type: 'enum', enum: PAYOUT_ACCOUNT_STATUSES, enumName: 'payout_account_status', default: 'pending' })
  status: PayoutAccountStatus;

  @Column({ name: 'requirements_due', type: 'text', array: true, default: '{}' })
  requirementsDue: string[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
