import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * The latest ranking of a job: when it ran, the exchange rates it locked, how many VAs qualified,
 * and the time-to-candidates milestones, each set once.
 */
@Entity('job_rankings')
export class JobRankingEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  @ForeignKey('JobPostEntity', { onDelete: 'CASCADE' })
  jobId: string;

  @Column({ name: 'ranked_at', type: 'timestamptz' })
  rankedAt: Date;

  /** Currency → US dollars per unit, as used by this ranking. */
  @Column({ name: 'fx_rates', type: 'jsonb' })
  fxRates: Record<string, number>;

  @Column({ name: 'qualified_count', type: 'integer' })
  qualifiedCount: number;

  @Column({ name: 'first_match_at', type: 'timestamptz', nullable: true })
  firstMatchAt: Date | null;

  @Column({ name: 'first_invite_at', type: 'timestamptz', nullable: true })
  firstInviteAt: Date | null;

  @Column({ name: 'first_proposal_at', type: 'timestamptz', nullable: true })
  firstProposalAt: Date | null;
}
