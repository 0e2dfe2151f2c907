import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContractTerms } from './contract-terms.js';
import { OfferEntity } from './offer.entity.js';

export const CONTRACT_STATUSES = ['active', 'ended'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
export const CONTRACT_SIDES = ['client', 'freelancer'] as const;
export type ContractSide = (typeof CONTRACT_SIDES)[number];

/**
 * An accepted offer: the agreement escrow and payments build on. Its terms never change, but for an
 * hourly contract's weekly limit, which the business changes from the next week (on the timeline).
 */
@Entity('contracts')
@Index(['organizationId', 'createdAt'])
@Index(['freelancerId', 'createdAt'])
export class ContractEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'offer_id', type: 'uuid', unique: true })
  offerId: string;

  @OneToOne(() => OfferEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'offer_id' })
  offer?: OfferEntity;

  @Column({ name: 'job_id', type: 'uuid' })
  @ForeignKey('JobPostEntity', { onDelete: 'RESTRICT' })
  jobId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'RESTRICT' })
  organizationId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  freelancerId: string;

  @Column({ type: 'enum', enum: CONTRACT_STATUSES, enumName: 'contract_status', default: 'active' })
  status: ContractStatus;

  @Column(() => ContractTerms, { prefix: false })
  terms: ContractTerms;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;

  /** A retainer under notice: the last day of the contract. */
  @Column({ name: 'ends_on', type: 'date', nullable: true })
  endsOn: string | null;

  /** Who ended it (or gave notice), and why. */
  @Column({ name: 'ended_by', type: 'enum', enum: CONTRACT_SIDES, enumName: 'contract_side', nullable: true })
  endedBy: ContractSide | null;

  @Column({ name: 'end_reason', type: 'text', default: '' })
  endReason: string;

  /** An hourly contract the business paused: no new week opens (nor is charged) until it resumes. */
  @Column({ name: 'paused_at', type: 'timestamptz', nullable: true })
  pausedAt: Date | null;

  /** When the client chose to continue after the paid trial; null while the trial decides. */
  @Column({ name: 'trial_continued_at', type: 'timestamptz', nullable: true })
  trialContinuedAt: Date | null;
}
