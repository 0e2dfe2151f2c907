import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContractEntity } from './contract.entity.js';

export const CONTRACT_EVENT_KINDS = [
  'started',
  /** The business added a bonus, paid and released at once. */
  'bonus_added',
  'payment_failed',
  'funded',
  'submitted',
  'changes_requested',
  'released',
  'refunded',
  /** The provider refused a refund; the money is back in escrow. */
  'refund_failed',
  'auto_released',
  'dispute_opened',
  'settlement_proposed',
  'dispute_escalated',
  'dispute_resolved',
  'dispute_withdrawn',
  /** The business disputed some of an hourly week's entries: their time split off into its own milestone. */
  'time_disputed',
  /** A retainer's next period was added, ready to fund. */
  'period_opened',
  /** A retainer period was handed in with hours beyond its own: they are billed at the overage rate. */
  'overage_added',
  'trial_continued',
  /** The business changed an hourly contract's weekly limit, from the next week. */
  'limit_changed',
  /** The business paused an hourly contract: no new week opens until it resumes. */
  'paused',
  'resumed',
  /** A retainer will end after its notice period. */
  'notice_given',
  /** A milestone nobody paid for will not happen: the contract ended. */
  'cancelled',
  'ended',
] as const;
export type ContractEventKind = (typeof CONTRACT_EVENT_KINDS)[number];

/** One line of a contract's timeline: who did what, to which milestone, for how much. Append-only. */
@Entity('contract_events')
@Index(['contractId', 'createdAt'])
export class ContractEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'contract_id', type: 'uuid' })
  contractId: string;

  @ManyToOne(() => ContractEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contract_id' })
  contract?: ContractEntity;

  @Column({ name: 'milestone_id', type: 'uuid', nullable: true })
  milestoneId: string | null;

  @Column({ type: 'enum', enum: CONTRACT_EVENT_KINDS, enumName: 'contract_event_kind' })
  kind: ContractEventKind;

  /** Null for what the platform did by itself (auto-release). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  actorId: string | null;

  @Column({ name: 'amount_minor', type: 'integer', nullable: true })
  amountMinor: number | null;

  /** The hand-in note, the change request, or why a payment failed. */
  @Column({ type: 'text', default: '' })
  message: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
