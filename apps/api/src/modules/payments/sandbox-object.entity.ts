import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * The sandbox provider's own records (payments, transfers, refunds), kept in the database so every
 * API instance sees the same simulated provider. Nothing else reads this table.
 */
@Entity('sandbox_objects')
export class SandboxObjectEntity {
  /** Prefixed like Stripe's ids: `pi_sbx_…`, `tr_sbx_…`, `re_sbx_…`, `acct_sbx_…`, `cus_sbx_…`, `seti_sbx_…`, `pm_sbx_…`. */
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id: string;

  @Column({ type: 'varchar', length: 20 })
  kind: 'payment' | 'transfer' | 'refund' | 'account' | 'customer' | 'setup' | 'card' | 'attempt';

  @Column({ name: 'idempotency_key', type: 'varchar', length: 200, unique: true })
  idempotencyKey: string;

  @Column({ type: 'jsonb' })
  data: Record<string, unknown>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
