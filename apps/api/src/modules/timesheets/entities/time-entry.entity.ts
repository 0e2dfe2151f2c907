import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const TIME_ENTRY_SOURCES = ['timer', 'manual'] as const;
export type TimeEntrySource = (typeof TIME_ENTRY_SOURCES)[number];

/**
 * Time a VA worked on an hourly contract: from the timer, or entered by hand (a day with a start and
 * an end, or a day and a duration). Stored in UTC; shown in the VA's time zone. A running timer is an
 * entry with a start and no end yet: one per VA, wherever they open the app.
 */
@Entity('time_entries')
@Index(['weekId', 'startedAt'])
@Index('IDX_time_entries_running', ['freelancerId'], {
  unique: true,
  where: 'ended_at IS NULL AND started_at IS NOT NULL',
})
export class TimeEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'week_id', type: 'uuid' })
  @ForeignKey('TimesheetEntity', { onDelete: 'RESTRICT' })
  weekId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  freelancerId: string;

  @Column({ type: 'enum', enum: TIME_ENTRY_SOURCES, enumName: 'time_entry_source' })
  source: TimeEntrySource;

  /** The day worked, in the VA's time zone. */
  @Column({ name: 'work_date', type: 'date' })
  workDate: string;

  /** Null for an entry given as a duration. */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  /** Null while the timer runs, and for an entry given as a duration. */
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** Null while the timer runs. */
  @Column({ type: 'integer', nullable: true })
  minutes: number | null;

  /** What was done: the proof of work, with the business's sign-off. Contact details are hidden. */
  @Column({ type: 'text', default: '' })
  memo: string;

  /** Which of the work it was for, in the VA's words (a task of the job post, say); empty if not said. */
  @Column({ type: 'varchar', length: 120, default: '' })
  task: string;

  /** A file handed in with the entry as proof of the work (uploaded for its week). */
  @Column({ name: 'file_id', type: 'uuid', nullable: true })
  @ForeignKey('HandInFileEntity', { onDelete: 'SET NULL' })
  fileId: string | null;

  /** The milestone that holds this entry's time in dispute (the week itself, or its disputed part). */
  @Column({ name: 'disputed_in', type: 'uuid', nullable: true })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  disputedIn: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
