import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OpsRole } from '../../../platform/access/actor.js';

export type UserKind = 'client' | 'freelancer' | 'ops';

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Stored lower-cased and trimmed; unique. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ name: 'password_hash', type: 'text' })
  passwordHash: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'enum', enum: ['client', 'freelancer', 'ops'], enumName: 'user_kind' })
  kind: UserKind;

  @Column({ name: 'ops_role', type: 'enum', enum: ['vetter', 'admin'], enumName: 'ops_role', nullable: true })
  opsRole: OpsRole | null;

  @Column({ type: 'varchar', length: 5, default: 'en' })
  locale: string;

  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'UTC' })
  timeZone: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
