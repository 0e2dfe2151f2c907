import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { ReconciliationRunEntity } from './reconciliation-run.entity.js';

/**
 * `missing_at_provider`: the provider does not know an object we booked; `amount_differs`: it holds
 * another amount (a reversed transfer, a partial refund); `status_differs`: it failed or was cancelled
 * after we booked it; `not_booked`: it succeeded at the provider and we had not booked it yet.
 */
export const DIFFERENCE_KINDS = ['missing_at_provider', 'amount_differs', 'status_differs', 'not_booked'] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];
export const RECONCILED_OBJECTS = ['payment', 'refund', 'transfer'] as const;
export type ReconciledObject = (typeof RECONCILED_OBJECTS)[number];

@Entity('reconciliation_differences')
@Index('IDX_reconciliation_differences_run', ['runId'])
export class ReconciliationDifferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'run_id', type: 'uuid' })
  runId: string;

  @ManyToOne(() => ReconciliationRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: ReconciliationRunEntity;

  @Column({ type: 'enum', enum: DIFFERENCE_KINDS, enumName: 'reconciliation_difference_kind' })
  kind: DifferenceKind;

  @Column({ name: 'object_type', type: 'enum', enum: RECONCILED_OBJECTS, enumName: 'reconciled_object' })
  objectType: ReconciledObject;

  @Column({ name: 'provider_object_id', type: 'varchar', length: 100 })
  providerObjectId: string;

  @Column({ name: 'milestone_id', type: 'uuid', nullable: true })
  milestoneId: string | null;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** What the ledger booked for the object (minor units). */
  @Column({ name: 'ledger_minor', type: 'integer', nullable: true })
  ledgerMinor: number | null;

  /** What the provider reports (minor units); null when it does not know the object. */
  @Column({ name: 'provider_minor', type: 'integer', nullable: true })
  providerMinor: number | null;

  @Column({ name: 'provider_status', type: 'varchar', length: 30, nullable: true })
  providerStatus: string | null;

  /** The run put it right itself (a payment the provider took that was not booked yet). */
  @Column({ type: 'boolean', default: false })
  repaired: boolean;
}
