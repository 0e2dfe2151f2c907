import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** A post's free texts: what the other side reads (masked) before a contract. */
export type JobPostTexts = Pick<JobPostEntity, 'title' | 'summary' | 'tasks' | 'screeningQuestions'>;

export const JOB_STATUSES = ['draft', 'open', 'paused', 'closed', 'expired'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export const BUDGET_KINDS = ['hourly', 'fixed', 'retainer'] as const;
export type BudgetKind = (typeof BUDGET_KINDS)[number];

/**
 * A business's job post. Amounts are minor units of `currency`: an hourly range
 * (`budgetMinMinor`–`budgetMaxMinor`), a fixed price (`budgetMaxMinor`), or a monthly retainer
 * (`budgetMaxMinor` a month). Open posts expire 30 days after publishing.
 */
@Entity('job_posts')
@Index(['organizationId', 'status'])
@Index(['status', 'expiresAt'])
// Full-text search over open posts: a partial GIN index on `search_document`, written by hand in the migration.
@Index('IDX_job_posts_search', { synchronize: false })
export class JobPostEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  authorId: string;

  @Column({ type: 'enum', enum: JOB_STATUSES, enumName: 'job_status', default: 'draft' })
  status: JobStatus;

  @Column({ type: 'varchar', length: 120, default: '' })
  title: string;

  @Column({ type: 'text', default: '' })
  summary: string;

  /** The concrete tasks, one per line as the client wrote them. */
  @Column({ type: 'jsonb', default: [] })
  tasks: string[];

  @Column({ name: 'weekly_hours', type: 'smallint', nullable: true })
  weeklyHours: number | null;

  @Column({ name: 'budget_kind', type: 'enum', enum: BUDGET_KINDS, enumName: 'budget_kind', nullable: true })
  budgetKind: BudgetKind | null;

  @Column({ name: 'budget_min_minor', type: 'integer', nullable: true })
  budgetMinMinor: number | null;

  @Column({ name: 'budget_max_minor', type: 'integer', nullable: true })
  budgetMaxMinor: number | null;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency: string;

  @Column({ name: 'start_date', type: 'date', nullable: true })
  startDate: string | null;

  /** Expected length in weeks; null means ongoing. */
  @Column({ name: 'duration_weeks', type: 'smallint', nullable: true })
  durationWeeks: number | null;

  /** The client's IANA time zone, for working-hours overlap. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  @Column({ name: 'work_start_minute', type: 'smallint', default: 540 })
  workStartMinute: number;

  @Column({ name: 'work_end_minute', type: 'smallint', default: 1020 })
  workEndMinute: number;

  @Column({ name: 'min_overlap_hours', type: 'smallint', default: 0 })
  minOverlapHours: number;

  @Column({ name: 'trial_weeks', type: 'smallint', default: 0 })
  trialWeeks: number;

  @Column({ name: 'nda_required', type: 'boolean', default: false })
  ndaRequired: boolean;

  /** Posted without the organisation's name: VAs see its record on Delegate, not who it is. */
  @Column({ type: 'boolean', default: false })
  confidential: boolean;

  @Column({ name: 'screening_questions', type: 'jsonb', default: [] })
  screeningQuestions: string[];

  /** The free texts as VAs read them, contact details hidden: masked once, when they are written. */
  @Column({ type: 'jsonb' })
  masked: JobPostTexts;

  /**
   * What search reads: title first, then summary and tasks, as VAs read them (contact details
   * hidden, so none can be searched for). Stored, so ranking a match reads it instead of parsing the
   * texts again.
   */
  @Column({
    name: 'search_document',
    type: 'tsvector',
    generatedType: 'STORED',
    asExpression: `setweight(to_tsvector('english'::regconfig, masked ->> 'title'), 'A') || setweight(to_tsvector('english'::regconfig, (masked ->> 'summary') || ' ' || (masked -> 'tasks')::text), 'B')`,
    select: false,
    insert: false,
    update: false,
  })
  searchDocument?: string;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt: Date | null;

  /** When the author was told the post closes soon; cleared when renewed. */
  @Column({ name: 'expiry_warned_at', type: 'timestamptz', nullable: true })
  expiryWarnedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
