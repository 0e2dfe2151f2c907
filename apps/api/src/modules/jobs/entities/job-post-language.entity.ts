import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CEFR_LEVELS, type CefrLevel } from '../../../platform/text/language-levels.js';
import { JobPostEntity } from './job-post.entity.js';

/** A language the VA must work in, at least at `minLevel`. */
@Entity('job_post_languages')
export class JobPostLanguageEntity {
  @PrimaryColumn({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => JobPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostEntity;

  @PrimaryColumn({ type: 'varchar', length: 3 })
  language: string;

  @Column({ name: 'min_level', type: 'enum', enum: CEFR_LEVELS, enumName: 'cefr_level' })
  minLevel: CefrLevel;
}
