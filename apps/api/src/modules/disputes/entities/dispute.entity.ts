import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { type ContractSide, MILESTONE_STATUSES, type MilestoneStatus } from '../../contracts/contracts.types.js';

/**
 * `negotiation`: the parties may agree on any split; `mediation`: ops weigh the evidence and decide
 * (the parties may still agree); then `resolved` (money split) or `withdrawn` (work goes on).
 */
export const DISPUTE_STATUSES = ['negotiation', 'mediation', 'resolved', 'withdrawn'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
/** The side of the contract that acted. */
export type DisputeSide = ContractSide;

/** A dispute over one milestone's held money. At most one open per milestone. */
@Entity('disputes')
@Index('IDX_disputes_one_open', ['milestoneId'], { unique: true, where: `status IN ('negotiation', 'mediation')` })
@Index(['status', 'createdAt'])
export class DisputeEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'milestone_id', type: 'uuid' })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  milestoneId: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @Column({ name: 'opened_by', type: 'uuid' })
  openedBy: string;

  @Column({ name: 'opened_by_side', type: 'varchar', length: 10 })
  openedBySide: DisputeSide;

  @Column({ type: 'text' })
  reason: string;

  @Column({ type: 'enum', enum: DISPUTE_STATUSES, enumName: 'dispute_status', default: 'negotiation' })
  status: DisputeStatus;

  /** The milestone's status before the dispute: it returns to it if the dispute is withdrawn. */
  @Column({ name: 'previous_status', type: 'enum', enum: MILESTONE_STATUSES, enumName: 'milestone_status' })
  previousStatus: MilestoneStatus;

  /** The latest settlement offered: which side offered it, and the VA's share of what is held. */
  @Column({ name: 'proposal_side', type: 'varchar', length: 10, nullable: true })
  proposalSide: DisputeSide | null;

  @Column({ name: 'proposal_freelancer_bps', type: 'smallint', nullable: true })
  proposalFreelancerBps: number | null;

  /** When the other side must have answered, or ops step in. */
  @Column({ name: 'respond_by', type: 'timestamptz', nullable: true })
  respondBy: Date | null;

  @Column({ name: 'mediation_ends_at', type: 'timestamptz', nullable: true })
  mediationEndsAt: Date | null;

  /** The split settled on (agreed, or decided by ops), in basis points of what was held. */
  @Column({ name: 'freelancer_share_bps', type: 'smallint', nullable: true })
  freelancerShareBps: number | null;

  @Column({ name: 'released_minor', type: 'integer', nullable: true })
  releasedMinor: number | null;

  @Column({ name: 'refunded_minor', type: 'integer', nullable: true })
  refundedMinor: number | null;

  /** The ops member who decided; null when the parties agreed. */
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @Column({ name: 'decision_note', type: 'text', default: '' })
  decisionNote: string;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
