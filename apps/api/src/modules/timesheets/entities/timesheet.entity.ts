import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';

/**
 * One week of an hourly contract as the VA logs it: the week is the contract's milestone of the same
 * id, funded in escrow before its work. Its row is the lock every entry of the week is written under,
 * so the weekly limit holds whatever arrives at the same moment.
 */
@Entity('timesheets')
@Index(['contractId', 'periodStart'], { unique: true })
@Index('IDX_timesheets_open', ['periodEnd'], { where: 'submitted_at IS NULL' })
export class TimesheetEntity {
  /** The week's milestone. */
  @PrimaryColumn({ name: 'week_id', type: 'uuid' })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  weekId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  @ForeignKey('ContractEntity', { onDelete: 'RESTRICT' })
  contractId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  freelancerId: string;

  @Column({ name: 'period_start', type: 'date' })
  periodStart: string;

  @Column({ name: 'period_end', type: 'date' })
  periodEnd: string;

  /** The sum of the week's finished entries. */
  @Column({ name: 'minutes_logged', type: 'integer', default: 0 })
  minutesLogged: number;

  /** Set once: by the VA, or when the week ends. Entries are final from then on. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
