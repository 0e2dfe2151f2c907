import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { type Actor, ANONYMOUS } from '../../platform/access/actor.js';
import type { ActorResolver } from '../../platform/access/actor-hook.js';
import { DatabaseNotifications } from '../../platform/background/database-notifications.js';
import { IdentityRepository, SESSIONS_CHANNEL } from './identity.repository.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

export const SESSION_COOKIE = 'dlg_session';
/** A random id per browser, kept 400 days (the longest browsers allow): sign-ins from a browser an account never used are flagged. */
export const DEVICE_COOKIE = 'dlg_device';
const DEVICE_COOKIE_DAYS = 400;
const DAY_MS = 86_400_000;
/** Refresh last-seen at most this often, so reads do not turn into writes on every request. */
const TOUCH_INTERVAL_MS = 60_000;
/**
 * How long a session read from the database is trusted without asking again. Revocations and new
 * memberships reach every instance at once through `SESSIONS_CHANNEL`; this bounds what a lost
 * message could leave behind (a reconnected listener forgets everything anyway).
 */
const RECENT_SESSION_MS = 30_000;
const RECENT_SESSIONS = 20_000;

type FoundSession = NonNullable<Awaited<ReturnType<IdentityRepository['findActorBySessionHash']>>>;

/**
 * Server-side sessions: the cookie carries an opaque random token, the database the session.
 * Revocation (sign-out, sign-out everywhere, password change) takes effect on the next request: at
 * once on this instance, and on the others as soon as the notification arrives (milliseconds).
 */
@Injectable()
export class SessionService implements ActorResolver, OnApplicationBootstrap {
  private readonly secureCookie: boolean;
  /**
   * Signed-in sessions read lately, by token hash: a page's requests cost no session lookup each
   * (it was one database round trip per request, the largest cost of a small GraphQL read).
   */
  private readonly recent = new LRUCache<string, FoundSession>({ max: RECENT_SESSIONS, ttl: RECENT_SESSION_MS });
  /** Counts `forgetUser` calls, so a read that raced one is not kept. */
  private forgets = 0;

  constructor(
    private readonly repository: IdentityRepository,
    private readonly notifications: DatabaseNotifications,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const url = new URL(config.http.publicUrl);
    this.secureCookie = url.protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.notifications.listen(SESSIONS_CHANNEL, {
      message: (userId) => this.forgetUser(userId),
      connected: () => this.recent.clear(),
    });
  }

  /** Reads the user's sessions from the database again on their next request (after a revocation commits). */
  forgetUser(userId: string): void {
    this.forgets++;
    for (const [key, found] of this.recent.entries()) {
      if (found.actor.kind !== 'anonymous' && found.actor.userId === userId) this.recent.delete(key);
    }
  }

  /** Starts a session on this browser; says whether the account had never signed in on it before. */
  async start(userId: string, request: FastifyRequest, reply: FastifyReply): Promise<{ newDevice: boolean }> {
    const now = new Date();
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(now.getTime() + this.config.session.ttlDays * DAY_MS);
    const userAgent = request.headers['user-agent']?.slice(0, 400) ?? null;
    const device = this.deviceOf(request) ?? this.newDevice(reply, now);
    const newDevice = !(await this.repository.hasSessionOnDevice(userId, device));
    await this.repository.insertSession({
      userId,
      tokenHash: hash,
      expiresAt,
      lastSeenAt: now,
      userAgent,
      deviceHash: device,
    });
    reply.setCookie(SESSION_COOKIE, token, { ...this.cookieOptions(), expires: expiresAt });
    return { newDevice };
  }

  /** Whether this browser has signed in to the account before. */
  async isKnownDevice(userId: string | null, request: FastifyRequest): Promise<boolean> {
    const device = this.deviceOf(request);
    return Boolean(userId && device && (await this.repository.hasSessionOnDevice(userId, device)));
  }

  private deviceOf(request: FastifyRequest): Buffer | null {
    const token = request.cookies[DEVICE_COOKIE];
    return token ? hashSecretToken(token) : null;
  }

  private newDevice(reply: FastifyReply, now: Date): Buffer {
    const { token, hash } = newSecretToken();
    reply.setCookie(DEVICE_COOKIE, token, {
      ...this.cookieOptions(),
      expires: new Date(now.getTime() + DEVICE_COOKIE_DAYS * DAY_MS),
    });
    return hash;
  }

  private cookieOptions() {
    return { httpOnly: true, secure: this.secureCookie, sameSite: 'lax' as const, path: '/' };
  }

  async resolve(request: FastifyRequest): Promise<Actor> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return ANONYMOUS;
    const now = new Date();
    const idleCutoff = new Date(now.getTime() - this.config.session.idleDays * DAY_MS);
    const hash = hashSecretToken(token);
    const key = hash.toString('base64');
    let found = this.recent.get(key);
    if (!found || found.expiresAt <= now || found.lastSeenAt <= idleCutoff) {
      const forgetsBefore = this.forgets;
      found = (await this.repository.findActorBySessionHash(hash, now, idleCutoff)) ?? undefined;
      if (!found || found.actor.kind === 'anonymous') {
        this.recent.delete(key);
        return ANONYMOUS;
      }
      // A revocation that arrived while this read was under way may not be in it: keep nothing then.
      if (this.forgets === forgetsBefore) this.recent.set(key, found);
    }
    if (found.actor.kind !== 'anonymous' && now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.repository.touchSession(found.actor.sessionId, now);
      found.lastSeenAt = now;
    }
    return found.actor;
  }

  async end(actor: Actor, reply: FastifyReply): Promise<void> {
    if (actor.kind !== 'anonymous') {
      await this.repository.revokeSession(actor, new Date());
      this.forgetUser(actor.userId);
    }
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async endAll(userId: string, reply: FastifyReply): Promise<void> {
    await this.repository.revokeAllSessions(userId, new Date());
    this.forgetUser(userId);
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
