import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A timed test for one skill. A test that someone has taken is never edited: saving it again
 * creates a new version (`replacesId` points back) and retires the old one, so every attempt
 * stays graded against the questions its taker saw.
 */
@Entity('skill_tests')
@Index(['skillId', 'active'])
export class SkillTestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'skill_id', type: 'uuid' })
  @ForeignKey('SkillEntity', { onDelete: 'RESTRICT' })
  skillId: string;

  @Column({ type: 'varchar', length: 160 })
  title: string;

  @Column({ type: 'text', default: '' })
  instructions: string;

  @Column({ name: 'time_limit_minutes', type: 'smallint' })
  timeLimitMinutes: number;

  @Column({ name: 'pass_percent', type: 'smallint' })
  passPercent: number;

  /** Only active tests are assigned; retired versions stay for the attempts that used them. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ name: 'replaces_id', type: 'uuid', nullable: true })
  replacesId: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
