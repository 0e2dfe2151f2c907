import { Column, Entity, ForeignKey, Index, PrimaryColumn } from 'typeorm';
import type { MatchFeatures } from '../scoring.js';

/**
 * A VA the ranking put forward for a job, with the facts behind the score. A new ranking replaces
 * the matches nobody acted on; an invited VA stays, marked as no longer current if they dropped out.
 */
@Entity('job_matches')
@Index(['freelancerId', 'invitedAt'])
export class JobMatchEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  @ForeignKey('JobPostEntity', { onDelete: 'CASCADE' })
  jobId: string;

  @PrimaryColumn({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  freelancerId: string;

  /** 1 is best; null once the VA is no longer in the latest ranking. */
  @Column({ type: 'smallint', nullable: true })
  rank: number | null;

  @Column({ type: 'real' })
  score: number;

  @Column({ type: 'jsonb' })
  features: MatchFeatures;

  @Column({ name: 'ranked_at', type: 'timestamptz' })
  rankedAt: Date;

  @Column({ name: 'invited_at', type: 'timestamptz', nullable: true })
  invitedAt: Date | null;
}
