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
import { ORGANIZATION_ROLES, type OrganizationRole } from '../../../platform/access/actor.js';
import { UserEntity } from './user.entity.js';

/**
 * A client user's place in their organisation, and so what they may do: the session reads it with
 * the user. A client user belongs to exactly one; the organisation itself belongs to organizations.
 */
@Entity('organization_members')
export class OrganizationMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  @ForeignKey('OrganizationEntity', { onDelete: 'CASCADE' })
  organizationId: string;

  @Column({ name: 'user_id', type: 'uuid', unique: true })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'enum', enum: ORGANIZATION_ROLES, enumName: 'organization_role' })
  role: OrganizationRole;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
