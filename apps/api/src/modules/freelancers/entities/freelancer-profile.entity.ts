import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  UpdateDateColumn,
} from 'typeorm';
import { ResumeEntity } from './resume.entity.js';

export const VETTING_STAGES = [
  'draft',
  'screening',
  'skills_test',
  'interview',
  'references',
  'identity',
  'decision',
  'approved',
  'rejected',
] as const;
export type VettingStage = (typeof VETTING_STAGES)[number];

/** A past role, as the VA describes it. Months are `YYYY-MM`; no end month means current. */
export interface WorkHistoryItem {
  company: string;
  role: string;
  startMonth: string;
  endMonth: string | null;
  description: string;
}

export interface PortfolioLink {
  label: string;
  url: string;
}

/** A VA's public profile and where they stand in vetting. Time zone lives on the user. */
@Entity('freelancer_profiles')
export class FreelancerProfileEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  userId: string;

  @Column({ type: 'varchar', length: 140, default: '' })
  headline: string;

  @Column({ type: 'text', default: '' })
  bio: string;

  /** Hourly rate in minor units of `currency`. */
  @Column({ name: 'hourly_rate_minor', type: 'integer', nullable: true })
  hourlyRateMinor: number | null;

  @Column({ type: 'char', length: 3, default: 'USD' })
  currency: string;

  @Column({ name: 'weekly_capacity_hours', type: 'smallint', default: 0 })
  weeklyCapacityHours: number;

  /** Leave, first and last day (the VA's calendar): matching skips the VA and sends no invitations. */
  @Column({ name: 'leave_from', type: 'date', nullable: true })
  leaveFrom: string | null;

  @Column({ name: 'leave_until', type: 'date', nullable: true })
  leaveUntil: string | null;

  @Column({ type: 'char', length: 2, nullable: true })
  country: string | null;

  /** Local working hours, minutes after midnight in the user's time zone. */
  @Column({ name: 'work_start_minute', type: 'smallint', default: 540 })
  workStartMinute: number;

  @Column({ name: 'work_end_minute', type: 'smallint', default: 1020 })
  workEndMinute: number;

  /** Documents the VA writes and ops read whole; nothing queries inside them. */
  @Column({ name: 'work_history', type: 'jsonb', default: [] })
  workHistory: WorkHistoryItem[];

  @Column({ name: 'portfolio_links', type: 'jsonb', default: [] })
  portfolioLinks: PortfolioLink[];

  /** The résumé the VA currently shows; ops review the one the application was submitted with. */
  @Column({ name: 'resume_id', type: 'uuid', nullable: true })
  resumeId: string | null;

  @ManyToOne(() => ResumeEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'resume_id' })
  resume?: ResumeEntity | null;

  @Index()
  @Column({ name: 'vetting_stage', type: 'enum', enum: VETTING_STAGES, enumName: 'vetting_stage', default: 'draft' })
  vettingStage: VettingStage;

  @Column({ name: 'vetting_score', type: 'smallint', nullable: true })
  vettingScore: number | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
