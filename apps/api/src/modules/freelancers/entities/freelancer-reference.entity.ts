import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { FreelancerProfileEntity } from './freelancer-profile.entity.js';

/** Someone who can vouch for the VA's work; ops contact them in the reference-check stage. */
@Entity('freelancer_references')
export class FreelancerReferenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => FreelancerProfileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  profile?: FreelancerProfileEntity;

  /** The order the VA listed them in. */
  @Column({ type: 'smallint' })
  position: number;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'varchar', length: 120 })
  relationship: string;

  @Column({ type: 'varchar', length: 160 })
  company: string;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
