import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { SkillTestEntity } from './skill-test.entity.js';

export const QUESTION_KINDS = ['multiple_choice', 'practical'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** One line of a practical task's rubric: what is judged, and how many points it can earn. */
export interface RubricCriterion {
  criterion: string;
  maxPoints: number;
}

/** Multiple-choice questions grade themselves; practical tasks are graded by ops against the rubric. */
@Entity('skill_test_questions')
@Index(['testId', 'position'], { unique: true })
export class SkillTestQuestionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'test_id', type: 'uuid' })
  testId: string;

  @ManyToOne(() => SkillTestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'test_id' })
  test?: SkillTestEntity;

  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'enum', enum: QUESTION_KINDS, enumName: 'question_kind' })
  kind: QuestionKind;

  @Column({ type: 'text' })
  prompt: string;

  @Column({ type: 'jsonb', default: [] })
  options: string[];

  /** Index into `options`; never sent to the VA. */
  @Column({ name: 'correct_option', type: 'smallint', nullable: true })
  correctOption: number | null;

  /** Points a multiple-choice question is worth; a practical task is worth its rubric's total. */
  @Column({ type: 'smallint', default: 1 })
  points: number;

  @Column({ type: 'jsonb', default: [] })
  rubric: RubricCriterion[];
}

export function maxPoints(question: Pick<SkillTestQuestionEntity, 'kind' | 'points' | 'rubric'>): number {
  return question.kind === 'practical'
    ? question.rubric.reduce((sum, line) => sum + line.maxPoints, 0)
    : question.points;
}
