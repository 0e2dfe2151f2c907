import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * What may wait for an approval. An organisation's admins approve its members' offers, bonuses and
 * dispute settlements (what the business agrees to refund and pay out) above its amount; a second ops
 * member approves a dispute decision paying out or refunding above the platform's amount.
 */
export const APPROVAL_KINDS = ['offer', 'bonus', 'settlement', 'dispute_decision'] as const;
export type ApprovalKind = (typeof APPROVAL_KINDS)[number];
export const ORGANIZATION_APPROVAL_KINDS = ['offer', 'bonus', 'settlement'] as const satisfies ApprovalKind[];
export type OrganizationApprovalKind = (typeof ORGANIZATION_APPROVAL_KINDS)[number];

/** `cancelled`: the requester withdrew it, or its subject went away (an offer withdrawn, a dispute closed). */
export const APPROVAL_STATUSES = ['pending', 'approved', 'rejected', 'cancelled'] as const;
export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

/** An action held until someone else approves it; approving carries it out. At most one pending per subject. */
@Entity('approval_requests')
@Index('IDX_approval_requests_one_pending', ['kind', 'subjectId'], { unique: true, where: `status = 'pending'` })
@Index(['organizationId', 'status', 'createdAt'])
export class ApprovalRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The organisation whose admins decide; null for ops' own approvals. */
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId: string | null;

  @Column({ type: 'enum', enum: APPROVAL_KINDS, enumName: 'approval_kind' })
  kind: ApprovalKind;

  /** The offer, the bonus milestone, or the dispute the action is about. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  /** Where the approver reads the subject: its contract, or (an offer) its job. */
  @Column({ name: 'contract_id', type: 'uuid', nullable: true })
  contractId: string | null;

  @Column({ name: 'job_id', type: 'uuid', nullable: true })
  jobId: string | null;

  /** The money at stake, in the subject's currency. */
  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** What the requester asked for, carried out as asked once approved (a split, a note). */
  @Column({ type: 'jsonb', default: {} })
  payload: Record<string, unknown>;

  @Column({ name: 'requested_by', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  requestedBy: string;

  @Column({ type: 'enum', enum: APPROVAL_STATUSES, enumName: 'approval_status', default: 'pending' })
  status: ApprovalStatus;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  decidedBy: string | null;

  @Column({ name: 'decision_note', type: 'text', default: '' })
  decisionNote: string;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
