import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';

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
  @ForeignKey('JobPostEntity', { onDelete: 'CASCADE' })
  jobId: string;

  /** The VA the thread is with, whoever wrote the message. */
  @Column({ name: 'freelancer_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  freelancerId: string;

  @Column({ name: 'author_id', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'CASCADE' })
  authorId: string;

  @Column({ type: 'text' })
  body: string;

  /** The body as the other side reads it before a contract: contact details hidden. */
  @Column({ type: 'jsonb' })
  masked: Pick<JobMessageEntity, 'body'>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
