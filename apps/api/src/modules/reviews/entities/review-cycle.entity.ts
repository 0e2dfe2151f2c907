import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Why a cycle opened: the contract ended, or another period of a contract that goes on passed. */
export const REVIEW_TRIGGERS = ['contract_ended', 'periodic'] as const;
export type ReviewTrigger = (typeof REVIEW_TRIGGERS)[number];

/**
 * One round of reviews on a contract: both sides may write once until `closesAt`. Nothing either side
 * wrote is visible to the other until `revealedAt`, set once, when both are in or the window closes.
 */
@Entity('review_cycles')
@Index('IDX_review_cycles_once', ['contractId', 'trigger', 'sequence'], { unique: true })
@Index('IDX_review_cycles_waiting', ['closesAt'], { where: 'revealed_at IS NULL' })
@Index(['freelancerId'])
@Index(['organizationId'])
export class ReviewCycleEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  @ForeignKey('ContractEntity', { onDelete: 'RESTRICT' })
  contractId: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'RESTRICT' })
  organizationId: string;

  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  freelancerId: string;

  @Column({ type: 'enum', enum: REVIEW_TRIGGERS, enumName: 'review_trigger' })
  trigger: ReviewTrigger;

  /** The period's number for periodic cycles (1, 2, …); 0 for the contract's end. */
  @Column({ type: 'smallint' })
  sequence: number;

  @CreateDateColumn({ name: 'opened_at', type: 'timestamptz' })
  openedAt: Date;

  @Column({ name: 'closes_at', type: 'timestamptz' })
  closesAt: Date;

  @Column({ name: 'revealed_at', type: 'timestamptz', nullable: true })
  revealedAt: Date | null;
}
