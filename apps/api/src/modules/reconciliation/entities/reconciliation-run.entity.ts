import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One comparison of the provider's objects with the ledger: scheduled daily, or started by ops. */
@Entity('reconciliation_runs')
@Index('IDX_reconciliation_runs_started', ['startedAt'])
export class ReconciliationRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 10 })
  provider: string;

  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  /** Null while running, or when the run broke off (the provider stopped answering). */
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt: Date | null;

  @Column({ name: 'checked_count', type: 'integer', default: 0 })
  checkedCount: number;

  @Column({ name: 'difference_count', type: 'integer', default: 0 })
  differenceCount: number;

  /** The ops member who started it; null for the schedule. */
  @Column({ name: 'triggered_by', type: 'uuid', nullable: true })
  triggeredBy: string | null;
}
