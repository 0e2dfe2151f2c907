import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PIPELINE_STAGES, type PipelineStage } from '../vetting.rules.js';

export const APPLICATION_STATUSES = ['in_review', 'returned', 'approved', 'rejected'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/**
 * One pass of a VA through vetting. A rejected VA may apply again after `reapplyAfter`, which
 * starts a new application; at most one is open (in review or returned) per VA at a time.
 */
@Entity('vetting_applications')
@Index('vetting_applications_one_open_per_freelancer', ['freelancerId'], {
  unique: true,
  where: "status IN ('in_review', 'returned')",
})
@Index(['status', 'stage', 'stageEnteredAt'])
export class VettingApplicationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  freelancerId: string;

  @Column({ type: 'enum', enum: PIPELINE_STAGES, enumName: 'pipeline_stage' })
  stage: PipelineStage;

  @Column({ type: 'enum', enum: APPLICATION_STATUSES, enumName: 'application_status', default: 'in_review' })
  status: ApplicationStatus;

  /** The résumé the VA applied with (later uploads do not change what ops reviewed). */
  @Column({ name: 'resume_id', type: 'uuid', nullable: true })
  @ForeignKey('ResumeEntity', { onDelete: 'SET NULL' })
  resumeId: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** When the current stage began (or resumed after the VA answered a request); drives queue age and SLA. */
  @Column({ name: 'stage_entered_at', type: 'timestamptz' })
  stageEnteredAt: Date;

  @Column({ name: 'claimed_by_id', type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  claimedById: string | null;

  @Column({ name: 'claimed_at', type: 'timestamptz', nullable: true })
  claimedAt: Date | null;

  /** What ops asked the VA to change when they sent the application back. */
  @Column({ name: 'return_request', type: 'text', nullable: true })
  returnRequest: string | null;

  @Column({ name: 'rejection_reason', type: 'text', nullable: true })
  rejectionReason: string | null;

  @Column({ name: 'reapply_after', type: 'date', nullable: true })
  reapplyAfter: string | null;

  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  @Column({ name: 'decided_by_id', type: 'uuid', nullable: true })
  decidedById: string | null;

  @Column({ name: 'vetting_score', type: 'smallint', nullable: true })
  vettingScore: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
