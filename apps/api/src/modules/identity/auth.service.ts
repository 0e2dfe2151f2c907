import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Actor, OpsRole, SignedInActor } from '../../platform/access/actor.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { UnauthenticatedError } from '../../platform/errors/app-error.js';
import { type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { AuditService } from '../audit/audit.service.js';
import { MailService } from '../mail/mail.service.js';
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

export interface Http {
  request: FastifyRequest;
  reply: FastifyReply;
}

const SEND_PASSWORD_RESET_TASK = 'identity.send-password-reset';
const HOUR_SECONDS = 3_600;

/**
 * Sign-up, sign-in, sign-out, password reset and ops account creation. Security events (sign-ins
 * from a new device, password resets and changes) go to the audit log.
 */
@Injectable()
export class AuthService {
  /** Reset requests from one address: refused beyond this, whoever they name. */
  private readonly resetRequestsPerAddress: RateLimit;
  /** Reset e-mails to one account: further requests are dropped silently (the answer never differs). */
  private readonly resetEmailsPerAccount: RateLimit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IdentityRepository,
    private readonly sessions: SessionService,
    private readonly throttle: LoginThrottle,
    private readonly mail: MailService,
    private readonly audit: AuditService,
    private readonly background: BackgroundJobs,
    limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.resetRequestsPerAddress = limits.limit({
      name: 'password-reset-address',
      points: 10,
      durationSeconds: HOUR_SECONDS,
    });
    this.resetEmailsPerAccount = limits.limit({
      name: 'password-reset-account',
      points: 3,
      durationSeconds: HOUR_SECONDS,
    });
    this.background.register<{ email: string }>({
      name: SEND_PASSWORD_RESET_TASK,
      policy: 'standard',
      handler: ({ email }) => this.sendPasswordReset(email),
    });
  }

  /**
   * Creates an account and signs it in. `join` runs in the same transaction: a client's organisation
   * (the organisations module creates or joins it), so a failed join leaves no account behind.
   */
  async signUp(
    account: NewAccount,
    kind: 'client' | 'freelancer',
    http: Http,
    join?: (user: UserEntity, manager: EntityManager) => Promise<void>,
  ): Promise<UserEntity> {
    const passwordHash = await passwordHasher.hash(account.password);
    const user = await this.dataSource.transaction(async (manager) => {
      if (await this.repository.emailExists(account.email, manager)) throw new EmailTakenError();
      const user = await this.repository.insertUser({ ...account, passwordHash, kind }, manager);
      await join?.(user, manager);
      return user;
    });
    await this.sessions.start(user.id, http.request, http.reply);
    return user;
  }

  async signIn(credentials: { email: string; password: string; accountKind: UserKind }, http: Http) {
    const user = await this.repository.findUserByEmail(credentials.email);
    const attempt = await this.throttle.admit({
      email: credentials.email,
      address: http.request.ip,
      knownDevice: await this.sessions.isKnownDevice(user?.id ?? null, http.request),
    });
    const valid = await passwordHasher.verify(user?.passwordHash ?? DUMMY_PASSWORD_HASH, credentials.password);
    if (!user || !valid) throw new InvalidCredentialsError();
    await attempt.succeeded();
    // Checked after the password, so the error never tells a stranger what kind of account an e-mail has.
    if (user.kind !== credentials.accountKind) throw new WrongAccountKindError(user.kind);
    const { newDevice } = await this.sessions.start(user.id, http.request, http.reply);
    if (newDevice) await this.recordSecurityEvent(user.id, 'account.signed_in_new_device', http.request);
    return user;
  }

  signOut(actor: Actor, reply: FastifyReply): Promise<void> {
    return this.sessions.end(actor, reply);
  }

  signOutEverywhere(actor: SignedInActor, reply: FastifyReply): Promise<void> {
    return this.sessions.endAll(actor.userId, reply);
  }

  /**
   * Answers the same, in the same time, whether the account exists or not: the request only queues
   * the work, and the background worker looks the account up and sends the link.
   */
  async requestPasswordReset(email: string, http: Pick<Http, 'request'>): Promise<void> {
    await this.resetRequestsPerAddress.consume(http.request.ip);
    await this.background.send(SEND_PASSWORD_RESET_TASK, { email });
  }

  private async sendPasswordReset(email: string): Promise<void> {
    const user = await this.repository.findUserByEmail(email);
    if (!user || !(await this.resetEmailsPerAccount.tryConsume(user.id))) return;
    await this.sendPasswordLink(user, 'passwordReset');
  }

  async resetPassword(token: string, newPassword: string, http: Pick<Http, 'request'>): Promise<void> {
    const passwordHash = await passwordHasher.hash(newPassword);
    const user = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const userId = await this.repository.consumePasswordResetToken(hashSecretToken(token), now, manager);
      if (!userId) throw new InvalidResetTokenError();
      await this.repository.updateUser(userId, { passwordHash }, manager);
      await this.repository.revokeAllSessions(userId, now, manager);
      await this.recordSecurityEvent(userId, 'account.password_reset', http.request, manager);
      return this.repository.findUserById(userId, manager);
    });
    if (!user) return;
    // Committed: this instance forgets the user's sessions now, others when the notification arrives.
    this.sessions.forgetUser(user.id);
    await this.throttle.lift(user.email);
  }

  async changePassword(actor: SignedInActor, currentPassword: string, newPassword: string, http: Http) {
    const user = await this.repository.findUserById(actor.userId);
    if (!user) throw new UnauthenticatedError();
    if (!(await passwordHasher.verify(user.passwordHash, currentPassword))) throw new WrongPasswordError();
    const passwordHash = await passwordHasher.hash(newPassword);
    await this.dataSource.transaction(async (manager) => {
      await this.repository.updateUser(user.id, { passwordHash }, manager);
      await this.repository.revokeAllSessions(user.id, new Date(), manager);
      await this.recordSecurityEvent(user.id, 'account.password_changed', http.request, manager);
    });
    this.sessions.forgetUser(user.id);
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
          values: { name: user.displayName, minutes },
          secrets: { link: `${this.config.http.publicUrl}${appPath}/reset-password?token=${token}` },
        },
        manager,
      );
    });
    await delivery.deliver();
  }

  private recordSecurityEvent(userId: string, action: string, request: FastifyRequest, manager?: EntityManager) {
    const details = { address: request.ip, userAgent: request.headers['user-agent']?.slice(0, 400) ?? null };
    return this.audit.record({ actorId: userId, action, targetType: 'user', targetId: userId, details }, manager);
  }
}
