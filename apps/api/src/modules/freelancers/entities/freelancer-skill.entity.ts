import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FreelancerProfileEntity } from './freelancer-profile.entity.js';
import { SkillEntity } from './skill.entity.js';

export const SKILL_LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

@Entity('freelancer_skills')
export class FreelancerSkillEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => FreelancerProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: FreelancerProfileEntity;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ type: 'enum', enum: SKILL_LEVELS, enumName: 'skill_level' })
  level: SkillLevel;

  @Column({ type: 'smallint' })
  years: number;
}
