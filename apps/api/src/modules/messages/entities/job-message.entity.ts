import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { JobPostEntity } from '../../jobs/entities/job-post.entity.js';

/**
 * A message in the thread between a job's organisation and one VA: the thread is (job, VA). Stored as
 * written; contact details are hidden when read before the two have a contract.
 */
@Entity('job_messages')
@Index(['jobId', 'freelancerId', 'createdAt'])
export class JobMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'job_id', type: 'uuid' })
  jobId: string;

  @ManyToOne(() => JobPostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'job_id' })
  job?: JobPostEntity;

  /** The VA the thread is with, whoever wrote the message. */
  @Column({ name: 'freelancer_id', type: 'uuid' })
  freelancerId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'freelancer_id' })
  freelancer?: UserEntity;

  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity;

  @Column({ type: 'text' })
  body: string;

  /** The body as the other side reads it before a contract: contact details hidden. */
  @Column({ type: 'jsonb' })
  masked: Pick<JobMessageEntity, 'body'>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
