import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** One ops (or otherwise sensitive) action. Append-only: nothing updates or deletes these rows. */
@Entity('audit_log')
@Index(['targetType', 'targetId'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** No foreign key: the record outlives the account. */
  @Index()
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId: string | null;

  @Index()
  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ name: 'target_type', type: 'varchar', length: 60 })
  targetType: string;

  @Column({ name: 'target_id', type: 'varchar', length: 80 })
  targetId: string;

  @Column({ type: 'jsonb', default: {} })
  details: Record<string, unknown>;

  @Index()
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
