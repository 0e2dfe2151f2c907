import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { JobPostEntity } from '../../jobs/entities/job-post.entity.js';
import { OrganizationEntity } from '../../organizations/entities/organization.entity.js';
import { ContractTerms } from './contract-terms.js';
import { OfferEntity } from './offer.entity.js';

export const CONTRACT_STATUSES = ['active', 'ended'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

/** An accepted offer: the agreement escrow and payments build on. Its terms never change. */
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
  jobId: string;

  @ManyToOne(() => JobPostEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostEntity;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  freelancerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'freelancer_id' })
  freelancer?: UserEntity;

  @Column({ type: 'enum', enum: CONTRACT_STATUSES, enumName: 'contract_status', default: 'active' })
  status: ContractStatus;

  @Column(() => ContractTerms, { prefix: false })
  terms: ContractTerms;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
