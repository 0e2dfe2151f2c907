import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import type { Actor } from '../../platform/access/actor.js';
import { CompiledEntity } from '../../platform/database/compiled-entity.js';
import { OrganizationMemberEntity } from './entities/organization-member.entity.js';
import { PasswordResetTokenEntity } from './entities/password-reset-token.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { UserEntity } from './entities/user.entity.js';

/**
 * Every instance keeps the sessions it read lately (`SessionService`); a write that changes who a
 * session acts as sends the user's id here, in its transaction, so each instance forgets theirs.
 */
export const SESSIONS_CHANNEL = 'sessions';

export type NewUser = Pick<UserEntity, 'email' | 'passwordHash' | 'displayName' | 'kind' | 'locale' | 'timeZone'> &
  Partial<Pick<UserEntity, 'opsRole'>>;

/** All reads and writes of users, sessions and password reset tokens. */
@Injectable()
export class IdentityRepository {
  private readonly compiledUsers: CompiledEntity<UserEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.compiledUsers = new CompiledEntity(dataSource, UserEntity);
  }

  findUserByEmail(email: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ email });
  }

  /** Pass the caller's `manager` inside a transaction: a read on another connection could wait for it. */
  findUserById(id: string, manager: EntityManager = this.dataSource.manager): Promise<UserEntity | null> {
    return manager.getRepository(UserEntity).findOneBy({ id });
  }

  async findUsersByIds(ids: string[]): Promise<UserEntity[]> {
    if (ids.length === 0) return [];
    const select = this.compiledUsers.select('u');
    return this.compiledUsers.query(`SELECT ${select} FROM users u WHERE u.id = ANY($1::uuid[])`, [ids]);
  }

  /** Of these users, the ids of those whose display name or e-mail contains `text` (any case). */
  async idsMatching(ids: string[], text: string): Promise<string[]> {
    if (ids.length === 0) return [];
    const rows: Array<{ id: string }> = await this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .select('user.id', 'id')
      .where('user.id = ANY(:ids)', { ids })
      .andWhere('(user.display_name ILIKE :pattern OR user.email ILIKE :pattern)', {
        pattern: `%${text.replace(/[%_\\]/g, '\\$&')}%`,
      })
      .getRawMany();
    return rows.map(({ id }) => id);
  }

  /** A user with their membership (clients only), for the `me` query. */
  async findViewer(userId: string) {
    const user = await this.findUserById(userId);
    if (!user) return null;
    const membership = await this.dataSource.getRepository(OrganizationMemberEntity).findOneBy({ userId });
    return { user, membership };
  }

  async insertMember(
    member: Pick<OrganizationMemberEntity, 'organizationId' | 'userId' | 'role'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(OrganizationMemberEntity).insert(member);
    await this.sessionsChanged(member.userId, manager);
  }

  /** An organisation's members with their accounts, first joined first. */
  members(organizationId: string) {
    return this.dataSource
      .getRepository(OrganizationMemberEntity)
      .find({ where: { organizationId }, relations: { user: true }, order: { createdAt: 'ASC' } });
  }

  async emailExists(email: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.getRepository(UserEntity).existsBy({ email });
  }

  insertUser(user: NewUser, manager: EntityManager = this.dataSource.manager): Promise<UserEntity> {
    return manager.getRepository(UserEntity).save(manager.getRepository(UserEntity).create(user));
  }

  async updateUser(
    id: string,
    changes: Partial<Pick<UserEntity, 'displayName' | 'locale' | 'timeZone' | 'passwordHash'>>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(UserEntity).update({ id }, changes);
  }

  insertSession(
    session: Pick<SessionEntity, 'userId' | 'tokenHash' | 'expiresAt' | 'lastSeenAt' | 'userAgent' | 'deviceHash'>,
  ) {
    const sessions = this.dataSource.getRepository(SessionEntity);
    return sessions.save(sessions.create({ ...session, revokedAt: null }));
  }

  /** Whether the account ever had a session on this device (revoked or not). */
  hasSessionOnDevice(userId: string, deviceHash: Buffer): Promise<boolean> {
    return this.dataSource.getRepository(SessionEntity).exists({ where: { userId, deviceHash } });
  }

  /**
   * The live session behind a cookie, with what the access policies need about its user,
   * in one query.
   */
  async findActorBySessionHash(tokenHash: Buffer, now: Date, idleCutoff: Date) {
    const row = await this.dataSource
      .getRepository(SessionEntity)
      .createQueryBuilder('session')
      .innerJoin(UserEntity, 'user', 'user.id = session.user_id')
      .leftJoin(OrganizationMemberEntity, 'member', 'member.user_id = user.id')
      .select([
        'session.id AS "sessionId"',
        'session.last_seen_at AS "lastSeenAt"',
        'session.expires_at AS "expiresAt"',
        'user.id AS "userId"',
        'user.kind AS "kind"',
        'user.ops_role AS "opsRole"',
        'member.organization_id AS "organizationId"',
        'member.role AS "organizationRole"',
      ])
      .where('session.token_hash = :tokenHash', { tokenHash })
      .andWhere('session.revoked_at IS NULL')
      .andWhere('session.expires_at > :now', { now })
      .andWhere('session.last_seen_at > :idleCutoff', { idleCutoff })
      .getRawOne<{
        sessionId: string;
        lastSeenAt: Date;
        expiresAt: Date;
        userId: string;
        kind: UserEntity['kind'];
        opsRole: UserEntity['opsRole'];
        organizationId: string | null;
        organizationRole: OrganizationMemberEntity['role'] | null;
      }>();
    if (!row) return null;
    return { lastSeenAt: row.lastSeenAt, expiresAt: row.expiresAt, actor: toActor(row) };
  }

  async touchSession(sessionId: string, now: Date): Promise<void> {
    await this.dataSource.getRepository(SessionEntity).update({ id: sessionId }, { lastSeenAt: now });
  }

  async revokeSession(session: { sessionId: string; userId: string }, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager
        .getRepository(SessionEntity)
        .update({ id: session.sessionId, revokedAt: IsNull() }, { revokedAt: now });
      await this.sessionsChanged(session.userId, manager);
    });
  }

  async revokeAllSessions(
    userId: string,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<number> {
    const result = await manager
      .getRepository(SessionEntity)
      .update({ userId, revokedAt: IsNull() }, { revokedAt: now });
    await this.sessionsChanged(userId, manager);
    return result.affected ?? 0;
  }

  private async sessionsChanged(userId: string, manager: EntityManager): Promise<void> {
    await manager.query('SELECT pg_notify($1, $2)', [SESSIONS_CHANNEL, userId]);
  }

  async insertPasswordResetToken(
    token: Pick<PasswordResetTokenEntity, 'userId' | 'tokenHash' | 'expiresAt'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(PasswordResetTokenEntity).insert({ ...token, usedAt: null });
  }

  /**
   * Marks a reset token used and returns its user, or null when it is unknown, used or expired.
   * A single UPDATE ... RETURNING makes the token single-use even under concurrent requests.
   */
  async consumePasswordResetToken(tokenHash: Buffer, now: Date, manager: EntityManager): Promise<string | null> {
    const result = await manager
      .createQueryBuilder()
      .update(PasswordResetTokenEntity)
      .set({ usedAt: now })
      .where('token_hash = :tokenHash AND used_at IS NULL AND expires_at > :now', { tokenHash, now })
      .returning(['userId'])
      .execute();
    const [row] = result.raw as Array<{ user_id: string }>;
    return row?.user_id ?? null;
  }
}

function toActor(row: {
  sessionId: string;
  userId: string;
  kind: UserEntity['kind'];
  opsRole: UserEntity['opsRole'];
  organizationId: string | null;
  organizationRole: OrganizationMemberEntity['role'] | null;
}): Actor {
  const { sessionId, userId } = row;
  switch (row.kind) {
    case 'freelancer':
      return { kind: 'freelancer', userId, sessionId };
    case 'ops':
      return { kind: 'ops', userId, sessionId, opsRole: row.opsRole ?? 'vetter' };
    case 'client':
      // A client without an organisation cannot act as one; treat the session as signed out.
      return row.organizationId && row.organizationRole
        ? {
            kind: 'client',
            userId,
            sessionId,
            organizationId: row.organizationId,
            organizationRole: row.organizationRole,
          }
        : { kind: 'anonymous' };
  }
}
