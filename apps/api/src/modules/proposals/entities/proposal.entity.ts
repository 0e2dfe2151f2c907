import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export const PROPOSAL_STATUSES = ['submitted', 'shortlisted', 'declined', 'withdrawn', 'hired'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Why a business declined, in words the VA is told politely (never free text: it stays kind). */
export const DECLINE_REASONS = ['budget', 'skills', 'availability', 'hired_someone_else', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * A VA's proposal for a job: one per VA and job (sending again after withdrawing reopens it). The
 * amount is in minor units of the job's currency and means what the job's budget kind means: an
 * hourly rate, the fixed price, or the monthly retainer.
 */
@Entity('proposals')
@Unique(['jobId', 'freelancerId'])
@Index(['freelancerId', 'updatedAt'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'job_id', type: 'uuid' })
  @ForeignKey('JobPostEntity', { onDelete: 'CASCADE' })
  jobId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  freelancerId: string;

  @Column({ type: 'enum', enum: PROPOSAL_STATUSES, enumName: 'proposal_status', default: 'submitted' })
  status: ProposalStatus;

  @Column({
    name: 'decline_reason',
    type: 'enum',
    enum: DECLINE_REASONS,
    enumName: 'proposal_decline_reason',
    nullable: true,
  })
  declineReason: DeclineReason | null;

  @Column({ name: 'cover_letter', type: 'text' })
  coverLetter: string;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** One answer per screening question, in the post's order. */
  @Column({ name: 'screening_answers', type: 'jsonb' })
  screeningAnswers: string[];

  /** The cover letter and answers as the business reads them before a contract: contact details hidden. */
  @Column({ type: 'jsonb' })
  masked: Pick<ProposalEntity, 'coverLetter' | 'screeningAnswers'>;

  /** The first day the VA can start (a calendar date). */
  @Column({ name: 'available_from', type: 'date' })
  availableFrom: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
