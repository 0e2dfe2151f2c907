import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { SkillTestEntity } from './skill-test.entity.js';
import { SkillTestQuestionEntity } from './skill-test-question.entity.js';
import { VettingApplicationEntity } from './vetting-application.entity.js';

/**
 * A VA's sitting of a test. The clock is the server's: `deadlineAt` is fixed when the VA starts,
 * so reloading the page or starting again never resets it, and answers after it are refused.
 */
@Entity('skill_test_attempts')
export class SkillTestAttemptEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => VettingApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: VettingApplicationEntity;

  @Column({ name: 'test_id', type: 'uuid' })
  testId: string;

  @ManyToOne(() => SkillTestEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'test_id' })
  test?: SkillTestEntity;

  @Index()
  @Column({ name: 'freelancer_id', type: 'uuid' })
  freelancerId: string;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;

  @Column({ name: 'started_at', type: 'timestamptz', nullable: true })
  startedAt: Date | null;

  @Column({ name: 'deadline_at', type: 'timestamptz', nullable: true })
  deadlineAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ name: 'graded_at', type: 'timestamptz', nullable: true })
  gradedAt: Date | null;

  @Column({ name: 'graded_by_id', type: 'uuid', nullable: true })
  gradedById: string | null;

  @Column({ name: 'score_percent', type: 'smallint', nullable: true })
  scorePercent: number | null;

  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;
}

export type AttemptStatus = 'assigned' | 'in_progress' | 'awaiting_grading' | 'graded';

/** Where an attempt stands at `now`: an attempt whose time ran out counts as handed in. */
export function attemptStatus(attempt: SkillTestAttemptEntity, now: Date): AttemptStatus {
  if (attempt.gradedAt) return 'graded';
  if (!attempt.startedAt || !attempt.deadlineAt) return 'assigned';
  if (attempt.submittedAt || attempt.deadlineAt <= now) return 'awaiting_grading';
  return 'in_progress';
}

/** One answer; practical answers get their points from ops, per rubric line. */
@Entity('skill_test_answers')
export class SkillTestAnswerEntity {
  @PrimaryColumn({ name: 'attempt_id', type: 'uuid' })
  attemptId: string;

  @ManyToOne(() => SkillTestAttemptEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'attempt_id' })
  attempt?: SkillTestAttemptEntity;

  @PrimaryColumn({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => SkillTestQuestionEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: SkillTestQuestionEntity;

  @Column({ type: 'smallint', nullable: true })
  choice: number | null;

  @Column({ type: 'text', nullable: true })
  text: string | null;

  @Column({ name: 'answered_at', type: 'timestamptz' })
  answeredAt: Date;

  @Column({ name: 'points_awarded', type: 'smallint', nullable: true })
  pointsAwarded: number | null;

  @Column({ name: 'rubric_scores', type: 'jsonb', nullable: true })
  rubricScores: Array<{ criterion: string; points: number }> | null;
}
