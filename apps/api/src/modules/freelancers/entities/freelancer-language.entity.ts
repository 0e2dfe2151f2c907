import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CEFR_LEVELS, type CefrLevel } from '../../../platform/text/language-levels.js';

export { CEFR_LEVELS, type CefrLevel };

import { FreelancerProfileEntity } from './freelancer-profile.entity.js';

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
