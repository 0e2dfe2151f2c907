import { Column, Entity, ForeignKey, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { PIPELINE_STAGES, type PipelineStage, type Rating } from '../vetting.rules.js';
import { VettingApplicationEntity } from './vetting-application.entity.js';

export const VETTING_EVENT_KINDS = [
  'submitted',
  'claimed',
  'advanced',
  'returned',
  'resubmitted',
  'rejected',
  'approved',
  'reopened',
  'test_assigned',
  'test_started',
  'test_submitted',
  'test_graded',
  'interview_proposed',
  'interview_booked',
] as const;
export type VettingEventKind = (typeof VETTING_EVENT_KINDS)[number];

export interface ScoredCriterion extends Rating {
  comment: string;
}

/**
 * The application's history, one row per step. A stage's review is the `advanced` (or
 * `rejected`) event with its scorecard. `notes` are for ops only; `message` is what the VA reads.
 */
@Entity('vetting_events')
@Index(['applicationId', 'occurredAt'])
@Index(['kind', 'occurredAt'])
export class VettingEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => VettingApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: VettingApplicationEntity;

  @Column({ type: 'enum', enum: VETTING_EVENT_KINDS, enumName: 'vetting_event_kind' })
  kind: VettingEventKind;

  /** The stage the application was in when this happened. */
  @Column({ type: 'enum', enum: PIPELINE_STAGES, enumName: 'pipeline_stage' })
  stage: PipelineStage;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  @ForeignKey('UserEntity', { onDelete: 'SET NULL' })
  actorId: string | null;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  @Column({ type: 'jsonb', nullable: true })
  scorecard: ScoredCriterion[] | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'text', nullable: true })
  message: string | null;
}
