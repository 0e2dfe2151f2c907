import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { VettingApplicationEntity } from './vetting-application.entity.js';

/** A time ops offer for the interview; the VA books one. Instants are UTC; each app shows its user's zone. */
@Entity('interview_slots')
@Index('interview_slots_one_booked_per_application', ['applicationId'], {
  unique: true,
  where: 'booked_at IS NOT NULL',
})
export class InterviewSlotEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'application_id', type: 'uuid' })
  applicationId: string;

  @ManyToOne(() => VettingApplicationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: VettingApplicationEntity;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Column({ name: 'duration_minutes', type: 'smallint' })
  durationMinutes: number;

  @Column({ name: 'meeting_url', type: 'varchar', length: 500 })
  meetingUrl: string;

  @Column({ name: 'proposed_by_id', type: 'uuid' })
  proposedById: string;

  @Column({ name: 'booked_at', type: 'timestamptz', nullable: true })
  bookedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
