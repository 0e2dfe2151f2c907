import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { LedgerTransactionEntity } from './ledger-transaction.entity.js';

/** Reads PostgreSQL's bigint (a string in the driver) as a number; amounts stay far below 2^53. */
export const bigintNumber = {
  to: (value: number) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};

/**
 * One line of a ledger transaction: an amount on an account, positive for a debit and negative for
 * a credit, so a transaction's postings sum to zero per currency and an account's balance is the sum
 * of its postings (see `accounts.ts` for the accounts and which way each normally leans).
 */
@Entity('ledger_postings')
@Index(['account', 'currency'])
export class LedgerPostingEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  @Index()
  @Column({ name: 'transaction_id', type: 'uuid' })
  transactionId: string;

  @ManyToOne(() => LedgerTransactionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'transaction_id' })
  transaction?: LedgerTransactionEntity;

  @Column({ type: 'varchar', length: 120 })
  account: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ name: 'amount_minor', type: 'bigint', transformer: bigintNumber })
  amountMinor: number;
}
