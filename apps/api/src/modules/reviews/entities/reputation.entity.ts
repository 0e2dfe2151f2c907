import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { Contribution } from '../reputation.js';

export const REPUTATION_SUBJECTS = ['freelancer', 'organization'] as const;
export type ReputationSubject = (typeof REPUTATION_SUBJECTS)[number];

/**
 * A VA's or a business's reputation as last computed by the published formula (`reputation.ts`):
 * recomputed when a round is revealed, a review hidden or a contract ends, and daily as reviews age.
 * Lists (a feed of posts, a ranking) read it without recomputing.
 */
@Entity('reputations')
export class ReputationEntity {
  @PrimaryColumn({ name: 'subject_type', type: 'enum', enum: REPUTATION_SUBJECTS, enumName: 'reputation_subject' })
  subjectType: ReputationSubject;

  @PrimaryColumn({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ type: 'smallint' })
  score: number;

  @Column({ type: 'real' })
  rating: number;

  @Column({ name: 'success_rate', type: 'real' })
  successRate: number;

  @Column({ name: 'review_count', type: 'integer' })
  reviewCount: number;

  @Column({ name: 'contract_count', type: 'integer' })
  contractCount: number;

  @Column({ type: 'boolean' })
  neutral: boolean;

  @Column({ type: 'jsonb' })
  contributions: Contribution[];

  @UpdateDateColumn({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;
}
