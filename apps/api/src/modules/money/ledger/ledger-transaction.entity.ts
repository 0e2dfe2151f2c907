import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What a ledger transaction records. A correction is written as the same kind with the signs
 * turned (a refund the card network refused is a `refund` back into escrow), so sums by kind stay true.
 */
export const LEDGER_KINDS = [
  /** The client paid: the money reached the platform's balance at the payment provider. */
  'payment',
  /** A payment put into a milestone's escrow. */
  'funding',
  /** Escrow released to the VA's payable, less the platform fee. */
  'release',
  /** Money back to the client's card, from escrow or from a payment nothing could take. */
  'refund',
  /** The VA's payable transferred to their payout account. */
  'payout',
  /** Escrow an hourly week left unused, moved into the next week (carried, not refunded and charged again). */
  'carry',
] as const;
export type LedgerKind = (typeof LEDGER_KINDS)[number];

/**
 * One business action in the double-entry ledger: balanced postings written together, once per
 * idempotency key. Append-only (database triggers refuse updates and deletes, and refuse to commit a
 * transaction whose postings do not sum to zero per currency).
 */
@Entity('ledger_transactions')
export class LedgerTransactionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Derived from the business action (`release:<event id>`), so doing it twice records it once. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ type: 'enum', enum: LEDGER_KINDS, enumName: 'ledger_kind' })
  kind: LedgerKind;

  /** The milestone the money moved for, when there is one (payouts and unplaced payments have none). */
  @Index()
  @Column({ name: 'milestone_id', type: 'uuid', nullable: true })
  milestoneId: string | null;

  @Column({ type: 'varchar', length: 300, default: '' })
  memo: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
