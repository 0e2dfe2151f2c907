import { Check, Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CONTRACT_SIDES, type ContractSide } from '../../contracts/contracts.types.js';
import type { Ratings } from '../reviews.rules.js';

/**
 * One side's review in a cycle. The comment and reply are stored with contact details already hidden
 * (they are public); the private feedback is for Delegate only. `revealedAt` copies the cycle's, so
 * public reads need no join; a hidden review stays revealed but leaves every public list.
 */
@Entity('reviews')
@Index('IDX_reviews_one_per_side', ['cycleId', 'authorSide'], { unique: true })
@Index(['freelancerId', 'authorSide', 'revealedAt'])
@Index(['organizationId', 'authorSide', 'revealedAt'])
@Check('CHK_reviews_overall_stars', 'overall BETWEEN 1 AND 5')
export class ReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'cycle_id', type: 'uuid' })
  @ForeignKey('ReviewCycleEntity', { onDelete: 'RESTRICT' })
  cycleId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  /** The two sides of the contract, whichever wrote: the VA's reviews are listed by `freelancerId`. */
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  freelancerId: string;

  @Column({ name: 'author_side', type: 'enum', enum: CONTRACT_SIDES, enumName: 'contract_side' })
  authorSide: ContractSide;

  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  authorId: string;

  @Column({ type: 'smallint' })
  overall: number;

  @Column({ type: 'jsonb' })
  ratings: Ratings;

  @Column({ type: 'text' })
  comment: string;

  @Column({ name: 'would_work_again', type: 'boolean' })
  wouldWorkAgain: boolean;

  @Column({ name: 'private_feedback', type: 'text', default: '' })
  privateFeedback: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ name: 'revealed_at', type: 'timestamptz', nullable: true })
  revealedAt: Date | null;

  /** The reviewee's one public answer. */
  @Column({ type: 'text', nullable: true })
  reply: string | null;

  @Column({ name: 'replied_at', type: 'timestamptz', nullable: true })
  repliedAt: Date | null;

  @Column({ name: 'replied_by', type: 'uuid', nullable: true })
  repliedBy: string | null;

  /** Ops hid it for breaking the published rules: it leaves public lists and the reputation formula. */
  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;

  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenBy: string | null;
}
