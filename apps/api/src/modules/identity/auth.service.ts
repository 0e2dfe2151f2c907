import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Actor, OpsRole, SignedInActor } from '../../platform/access/actor.js';
import { UnauthenticatedError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { UserEntity, UserKind } from './entities/user.entity.js';
import {
  EmailTakenError,
  InvalidCredentialsError,
  InvalidResetTokenError,
  WrongAccountKindError,
  WrongPasswordError,
} from './identity.errors.js';
import { IdentityRepository } from './identity.repository.js';
import { LoginThrottle } from './login-throttle.js';
import { DUMMY_PASSWORD_HASH, passwordHasher } from './password-hasher.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';
import { SessionService } from './session.service.js';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  locale: string;
  timeZone: string;
}

export type ClientJoin = { organizationName: string } | { invitationToken: string };

interface Http {
  request: FastifyRequest;
  reply: FastifyReply;
}

/** Sign-up, sign-in, sign-out, password reset and ops account creation. */
@Injectable()
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IdentityRepository,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly organizations: OrganizationsService,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async signUpClient(account: NewAccount, join: ClientJoin, http: Http): Promise<UserEntity> {
    const passwordHash = await passwordHasher.hash(account.password);
    const user = await this.dataSource.transaction(async (manager) => {
      if (await this.repository.emailExists(account.email, manager)) throw new EmailTakenError();
      const user = await this.repository.insertUser({ ...account, passwordHash, kind: 'client' }, manager);
      if ('invitationToken' in join) {
        await this.organizations.joinByInvitation(join.invitationToken, user, manager);
      } else {
        await this.organizations.createWithOwner(join.organizationName, user.id, manager);
      }
      return user;
    });
    await this.sessions.start(user.id, http.request, http.reply);
    return user;
  }

  async signUpFreelancer(account: NewAccount, http: Http): Promise<UserEntity> {
    const passwordHash = await passwordHasher.hash(account.password);
    const user = await this.dataSource.transaction(async (manager) => {
      if (await this.repository.emailExists(account.email, manager)) throw new EmailTakenError();
      return this.repository.insertUser({ ...account, passwordHash, kind: 'freelancer' }, manager);
    });
    await this.sessions.start(user.id, http.request, http.reply);
    return user;
  }

  async signIn(credentials: { email: string; password: string; accountKind: UserKind }, http: Http) {
    const address = http.request.ip;
    await this.throttle.assertAllowed(credentials.email, address);
    const user = await this.repository.findUserByEmail(credentials.email);
    const valid = await passwordHasher.verify(user?.passwordHash ?? DUMMY_PASSWORD_HASH, credentials.password);
    if (!user || !valid) {
      await this.throttle.recordFailure(credentials.email, address);
      throw new InvalidCredentialsError();
    }
    await this.throttle.recordSuccess(credentials.email);
    // Checked after the password, so the error never tells a stranger what kind of account an e-mail has.
    if (user.kind !== credentials.accountKind) throw new WrongAccountKindError(user.kind);
    await this.sessions.start(user.id, http.request, http.reply);
    return user;
  }

  signOut(actor: Actor, reply: FastifyReply): Promise<void> {
    return this.sessions.end(actor, reply);
  }

  signOutEverywhere(actor: SignedInActor, reply: FastifyReply): Promise<void> {
    return this.sessions.endAll(actor.userId, reply);
  }

  /** Always succeeds from the caller's point of view, so it cannot be used to discover accounts. */
  async requestPasswordReset(email: string): Promise<void> {
    const user = await this.repository.findUserByEmail(email);
    if (!user) return;
    await this.sendPasswordLink(user, 'passwordReset');
  }

  async resetPassword(token: string, newPassword: string): Promise<void> {
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const userId = await this.repository.consumePasswordResetToken(hashSecretToken(token), now, manager);
      if (!userId) throw new InvalidResetTokenError();
      await this.repository.updateUser(userId, { passwordHash }, manager);
      await this.repository.revokeAllSessions(userId, now, manager);
    });
  }

  async changePassword(actor: SignedInActor, currentPassword: string, newPassword: string, http: Http) {
    const user = await this.repository.findUserById(actor.userId);
    if (!user) throw new UnauthenticatedError();
    if (!(await passwordHasher.verify(user.passwordHash, currentPassword))) throw new WrongPasswordError();
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.updateUser(user.id, { passwordHash }, manager);
      await this.repository.revokeAllSessions(user.id, new Date(), manager);
    });
    // Every other device is signed out; this one gets a fresh session.
    await this.sessions.start(user.id, http.request, http.reply);
  }

  /** Ops accounts exist only by an ops admin, the seed or the CLI; the new member picks a password by e-mail. */
  async createOpsAccount(
    createdBy: string | null,
    account: { email: string; displayName: string; opsRole: OpsRole; locale: string; timeZone: string },
  ): Promise<UserEntity> {
    // Nobody can sign in with this hash: argon2 never produces it.
    const passwordHash = `!unset:${newSecretToken().token}`;
    const user = await this.dataSource.transaction(async (manager) => {
      if (await this.repository.emailExists(account.email, manager)) throw new EmailTakenError();
      const user = await this.repository.insertUser({ ...account, passwordHash, kind: 'ops' }, manager);
      await this.audit.record(
        {
          actorId: createdBy,
          action: 'ops_account.created',
          targetType: 'user',
          targetId: user.id,
          details: { email: user.email, opsRole: account.opsRole },
        },
        manager,
      );
      return user;
    });
    await this.sendPasswordLink(user, 'opsAccountCreated');
    return user;
  }

  private async sendPasswordLink(user: UserEntity, template: 'passwordReset' | 'opsAccountCreated') {
    const { token, hash } = newSecretToken();
    const minutes = this.config.session.passwordResetTtlMinutes;
    const appPath = { client: '', freelancer: '/freelancer', ops: '/ops' }[user.kind];
    const delivery = await this.dataSource.transaction(async (manager) => {
      await this.repository.insertPasswordResetToken(
        { userId: user.id, tokenHash: hash, expiresAt: new Date(Date.now() + minutes * 60_000) },
        manager,
      );
      return this.mail.enqueue(
        {
          to: user.email,
          template,
          locale: user.locale,
          values: {
            name: user.displayName,
            minutes,
            link: `${this.config.http.publicUrl}${appPath}/reset-password?token=${token}`,
          },
        },
        manager,
      );
    });
    await delivery.deliver();
  }
}
