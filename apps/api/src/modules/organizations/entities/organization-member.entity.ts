import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { OrganizationRole } from '../../../platform/access/actor.js';
import { UserEntity } from '../../identity/entities/user.entity.js';
import { OrganizationEntity } from './organization.entity.js';

export const ORGANIZATION_ROLES = ['owner', 'admin', 'hiring_manager', 'finance'] as const;

/** A client user's place in their organisation. A client user belongs to exactly one. */
@Entity('organization_members')
export class OrganizationMemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index()
  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => OrganizationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id' })
  organization?: OrganizationEntity;

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
