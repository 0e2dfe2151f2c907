import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/** A skill the VA proved in a graded test, awarded at approval; matching counts it. */
@Entity('freelancer_badges')
export class FreelancerBadgeEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  userId: string;

  @PrimaryColumn({ name: 'skill_id', type: 'uuid' })
  @ForeignKey('SkillEntity', { onDelete: 'CASCADE' })
  skillId: string;

  @Column({ name: 'score_percent', type: 'smallint' })
  scorePercent: number;

  @Column({ name: 'awarded_at', type: 'timestamptz' })
  awardedAt: Date;
}
