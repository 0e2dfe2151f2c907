import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { ContractEventEntity } from './contract-event.entity.js';
import { ContractMilestoneEntity } from './contract-milestone.entity.js';

/** What the VA may hand in: documents, spreadsheets, slides, images and archives, recognised by their bytes. */
export const HAND_IN_CONTENT_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  zip: 'application/zip',
} as const;

/**
 * A file the VA uploaded for a milestone. It belongs to the hand-in it went with (`eventId`, the
 * `submitted` event), or to a time entry of an hourly week (the entry points at it), and is evidence
 * in a dispute; until it is attached to either only its uploader sees it. The bytes live in private
 * file storage.
 */
@Entity('hand_in_files')
@Index(['milestoneId', 'createdAt'])
@Index(['eventId'])
export class HandInFileEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'milestone_id', type: 'uuid' })
  milestoneId: string;

  @ManyToOne(() => ContractMilestoneEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'milestone_id' })
  milestone?: ContractMilestoneEntity;

  @Column({ name: 'event_id', type: 'uuid', nullable: true })
  eventId: string | null;

  /** When it joined a hand-in or a time entry; unattached files are swept away. */
  @Column({ name: 'attached_at', type: 'timestamptz', nullable: true })
  attachedAt: Date | null;

  @ManyToOne(() => ContractEventEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'event_id' })
  event?: ContractEventEntity | null;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  @ForeignKey('UserEntity', { onDelete: 'RESTRICT' })
  uploadedBy: string;

  @Column({ name: 'file_name', type: 'varchar', length: 160 })
  fileName: string;

  @Column({ name: 'content_type', type: 'varchar', length: 120 })
  contentType: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 200 })
  storageKey: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
