import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

export const REPORT_OUTCOMES = ['hidden', 'kept'] as const;
export type ReportOutcome = (typeof REPORT_OUTCOMES)[number];

/** Someone on the contract asks ops to look at a review; ops hide it or keep it. One per person and review. */
@Entity('review_reports')
@Index('IDX_review_reports_once', ['reviewId', 'reporterId'], { unique: true })
@Index('IDX_review_reports_open', ['createdAt'], { where: 'resolved_at IS NULL' })
export class ReviewReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'review_id', type: 'uuid' })
  @ForeignKey('ReviewEntity', { onDelete: 'RESTRICT' })
  reviewId: string;

  @Column({ name: 'reporter_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  reporterId: string;

  @Column({ type: 'text' })
  reason: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'enum', enum: REPORT_OUTCOMES, enumName: 'review_report_outcome', nullable: true })
  outcome: ReportOutcome | null;

  @Column({ name: 'resolved_by', type: 'uuid', nullable: true })
  resolvedBy: string | null;
}
