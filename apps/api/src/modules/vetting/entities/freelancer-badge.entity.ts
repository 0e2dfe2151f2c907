import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { SkillEntity } from '../../freelancers/entities/skill.entity.js';
import { UserEntity } from '../../identity/entities/user.entity.js';

/** A skill the VA proved in a graded test, awarded at approval; matching counts it. */
@Entity('freelancer_badges')
export class FreelancerBadgeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  skillId: string;

  @ManyToOne(() => SkillEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'skill_id' })
  skill?: SkillEntity;

  @Column({ name: 'score_percent', type: 'smallint' })
  scorePercent: number;

  @Column({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt: Date;
}
