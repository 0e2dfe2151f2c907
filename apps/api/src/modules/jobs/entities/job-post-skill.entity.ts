import { Column, Entity, ForeignKey, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JobPostEntity } from './job-post.entity.js';

export const SKILL_IMPORTANCE = ['must_have', 'nice_to_have', 'bonus'] as const;
export type SkillImportance = (typeof SKILL_IMPORTANCE)[number];

/** A skill the job needs; must-haves filter candidates, the others rank them. */
@Entity('job_post_skills')
export class JobPostSkillEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => JobPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostEntity;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  @ForeignKey('SkillEntity', { onDelete: 'RESTRICT' })
  skillId: string;

  @Column({ type: 'enum', enum: SKILL_IMPORTANCE, enumName: 'skill_importance' })
  importance: SkillImportance;
}
