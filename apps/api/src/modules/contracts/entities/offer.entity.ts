import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ContractTerms } from './contract-terms.js';

/** `awaiting_approval`: held for an admin of the organisation (the VA does not see it); `not_approved`: the admin said no. */
export const OFFER_STATUSES = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'awaiting_approval',
  'not_approved',
] as const;
export type OfferStatus = (typeof OFFER_STATUSES)[number];
/** Offers still open: one per proposal at a time. */
export const OPEN_OFFER_STATUSES: OfferStatus[] = ['pending', 'awaiting_approval'];
/** Offers the VA never received. */
export const UNSENT_OFFER_STATUSES: OfferStatus[] = ['awaiting_approval', 'not_approved'];

export interface MilestonePlan {
  title: string;
  amountMinor: number;
  dueDate: string | null;
}

/**
 * A business's offer to the VA behind a proposal. At most one is open per proposal; accepting it
 * creates the contract.
 */
@Entity('offers')
@Index('IDX_offers_one_open', ['proposalId'], { unique: true, where: `status IN ('pending', 'awaiting_approval')` })
@Index(['jobId', 'createdAt'])
@Index(['freelancerId', 'createdAt'])
export class OfferEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'proposal_id', type: 'uuid' })
  @ForeignKey('ProposalEntity', { onDelete: 'CASCADE' })
  proposalId: string;

  @Column({ name: 'job_id', type: 'uuid' })
  @ForeignKey('JobPostEntity', { onDelete: 'CASCADE' })
  jobId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  freelancerId: string;

  /** The member who made the offer; told when the VA answers. */
  @Column({ name: 'created_by', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  createdBy: string;

  @Column({ type: 'enum', enum: OFFER_STATUSES, enumName: 'offer_status', default: 'pending' })
  status: OfferStatus;

  @Column(() => ContractTerms, { prefix: false })
  terms: ContractTerms;

  /** Fixed price only: the milestones planned, in order. */
  @Column({ type: 'jsonb', default: [] })
  milestones: MilestonePlan[];

  @Column({ type: 'text', default: '' })
  message: string;

  /** The message as the VA reads it until they accept: contact details hidden. */
  @Column({ type: 'jsonb' })
  masked: Pick<OfferEntity, 'message'>;

  @Column({ name: 'responded_at', type: 'timestamptz', nullable: true })
  respondedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
