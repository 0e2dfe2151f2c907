import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { JobPostEntity } from '../../jobs/entities/job-post.entity.js';
import type { MatchFeatures } from '../scoring.js';

/**
 * A VA the ranking put forward for a job, with the facts behind the score. A new ranking replaces
 * the matches nobody acted on; an invited VA stays, marked as no longer current if they dropped out.
 */
@Entity('job_matches')
@Index(['freelancerId', 'invitedAt'])
export class JobMatchEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => JobPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostEntity;

  @PrimaryColumn({ name: 'freelancer_id', type: 'uuid' })
  freelancerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'freelancer_id' })
  freelancer?: UserEntity;

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
