import {
  Column,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ContractEntity } from './contract.entity.js';

/**
 * Where a milestone's work and money stand. Money itself is never stored here: what is funded,
 * released, refunded and held is derived from the ledger.
 */
export const MILESTONE_STATUSES = [
  /** Agreed, not paid for yet. */
  'pending',
  /** The client's payment is held in escrow; the VA can start. */
  'funded',
  /** The VA handed in the work; the client approves or asks for changes (or it releases by itself). */
  'submitted',
  'changes_requested',
  /** A party disputes the work or the money: nothing moves (auto-release included) until it is settled. */
  'disputed',
  /** Nothing is held any more and some was released to the VA. */
  'released',
  /** Nothing is held any more and all of it went back to the client. */
  'refunded',
  /** Never paid for, and the contract ended (or will have ended before its period starts). */
  'cancelled',
] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

/** One milestone of a fixed-price contract, in the order agreed. */
@Entity('contract_milestones')
@Unique(['contractId', 'position'])
// The auto-release sweep reads handed-in milestones by due time.
@Index('IDX_contract_milestones_auto_release', ['autoReleaseAt'], { where: `status = 'submitted'` })
@Index('IDX_contract_milestones_auto_refund', ['autoRefundAt'], { where: 'auto_refund_at IS NOT NULL' })
export class ContractMilestoneEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id' })
  contract?: ContractEntity;

  /** 1-based order. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  title: string;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  /** The paid trial: until the client continues, no later milestone can be paid. */
  @Column({ type: 'boolean', default: false })
  trial: boolean;

  /** A bonus the business gives on top: released to the VA as soon as it is paid, with no hand-in. */
  @Column({ type: 'boolean', default: false })
  bonus: boolean;

  /** Retainer: the days this period's payment covers (inclusive); null for fixed-price milestones. */
  @Column({ name: 'period_start', type: 'date', nullable: true })
  periodStart: string | null;

  @Column({ name: 'period_end', type: 'date', nullable: true })
  periodEnd: string | null;

  /** Retainer: the period's hours (the monthly hours plus what rolled over), in minutes. */
  @Column({ name: 'minutes_included', type: 'integer', nullable: true })
  minutesIncluded: number | null;

  /** Retainer: the hours the VA reported with the hand-in, in minutes. */
  @Column({ name: 'minutes_worked', type: 'integer', nullable: true })
  minutesWorked: number | null;

  /** Disputed time of an hourly week: the week it was split off from, with its part of the money. */
  @Column({ name: 'split_from_id', type: 'uuid', nullable: true })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  splitFromId: string | null;

  /**
   * Retainer: hours worked beyond a period's included hours, billed at the overage rate: the period
   * it belongs to (its minutes worked are the extra minutes).
   */
  @Column({ name: 'overage_of_id', type: 'uuid', nullable: true })
  @ForeignKey('ContractMilestoneEntity', { onDelete: 'RESTRICT' })
  overageOfId: string | null;

  @Column({ type: 'enum', enum: MILESTONE_STATUSES, enumName: 'milestone_status', default: 'pending' })
  status: MilestoneStatus;

  /** The latest hand-in; a request for changes clears the auto-release clock, a new hand-in restarts it. */
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  /** When held money goes to the VA if the client does nothing; null unless submitted. */
  @Column({ name: 'auto_release_at', type: 'timestamptz', nullable: true })
  autoReleaseAt: Date | null;

  /**
   * After the client ended the contract: when money held for work not handed in goes back to the
   * client, unless the VA hands the work in first.
   */
  @Column({ name: 'auto_refund_at', type: 'timestamptz', nullable: true })
  autoRefundAt: Date | null;

  /** The auto-release time both sides were last reminded of; a new time (work handed in again) is reminded anew. */
  @Column({ name: 'release_reminder_for', type: 'timestamptz', nullable: true })
  releaseReminderFor: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
