import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { APPROVAL_KINDS, type ApprovalKind } from './approval-request.entity.js';

/**
 * What a member committed under an approval policy, whether it waited or not: the policy's amount
 * counts everything one member commits on one contract (or, for offers, one job) over a rolling
 * window, so an action split into small ones still waits.
 */
@Entity('approval_commitments')
@Index(['userId', 'scopeId', 'createdAt'])
export class ApprovalCommitmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @Column({ type: 'enum', enum: APPROVAL_KINDS, enumName: 'approval_kind' })
  kind: ApprovalKind;

  /** The contract, or the job for an offer (no contract exists yet). */
  @Column({ name: 'scope_id', type: 'uuid' })
  scopeId: string;

  /** What the commitment is about (a bonus, a dispute, a proposal): a later commitment on it replaces this one. */
  @Column({ name: 'subject_id', type: 'uuid' })
  subjectId: string;

  @Column({ name: 'amount_minor', type: 'integer' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** The request it waited for, if it did: once decided (approved by an admin, or not carried out) it no longer counts. */
  @Column({ name: 'request_id', type: 'uuid', nullable: true })
  requestId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
