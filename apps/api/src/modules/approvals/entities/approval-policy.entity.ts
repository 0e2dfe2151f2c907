import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { ORGANIZATION_APPROVAL_KINDS, type OrganizationApprovalKind } from './approval-request.entity.js';

/** An organisation's rule: members who are not admins need an admin's approval for these actions above the amount. */
@Entity('approval_policies')
export class ApprovalPolicyEntity {
  @PrimaryColumn({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'CASCADE' })
  organizationId: string;

  /** Actions above this amount wait (converted from other currencies at the day's rate). */
  @Column({ name: 'threshold_minor', type: 'integer' })
  thresholdMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({
    type: 'enum',
    enum: ORGANIZATION_APPROVAL_KINDS,
    enumName: 'organization_approval_kind',
    array: true,
    default: '{}',
  })
  kinds: OrganizationApprovalKind[];

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
