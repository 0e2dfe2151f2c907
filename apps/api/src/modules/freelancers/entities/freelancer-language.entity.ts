import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { FreelancerProfileEntity } from './freelancer-profile.entity.js';

export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'native'] as const;
export type CefrLevel = (typeof CEFR_LEVELS)[number];

@Entity('freelancer_languages')
export class FreelancerLanguageEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => FreelancerProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: FreelancerProfileEntity;

  /** ISO 639-1 code. */
  @PrimaryColumn({ type: 'varchar', length: 3 })
  language: string;

  @Column({ type: 'enum', enum: CEFR_LEVELS, enumName: 'cefr_level' })
  level: CefrLevel;
}
