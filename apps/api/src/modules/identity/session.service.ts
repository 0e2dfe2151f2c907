import { Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { type Actor, ANONYMOUS } from '../../platform/access/actor.js';
import { IdentityRepository } from './identity.repository.js';
import { hashSecretToken, newSecretToken } from './secret-token.js';

export const SESSION_COOKIE = 'dlg_session';
const DAY_MS = 86_400_000;
/** Refresh last-seen at most this often, so reads do not turn into writes on every request. */
const TOUCH_INTERVAL_MS = 60_000;

/**
 * Server-side sessions: the cookie carries an opaque random token, the database the session.
 * Revocation (sign-out, sign-out everywhere, password change) takes effect on the next request.
 */
@Injectable()
export class SessionService {
  private readonly secureCookie: boolean;

  constructor(
    private readonly repository: IdentityRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    const url = new URL(config.http.publicUrl);
    this.secureCookie = url.protocol === 'https:' || !['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
  }

  async start(userId: string, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    const now = new Date();
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(now.getTime() + this.config.session.ttlDays * DAY_MS);
    const userAgent = request.headers['user-agent']?.slice(0, 400) ?? null;
    await this.repository.insertSession({ userId, tokenHash: hash, expiresAt, lastSeenAt: now, userAgent });
    reply.setCookie(SESSION_COOKIE, token, {
      httpOnly: true,
      secure: this.secureCookie,
      sameSite: 'lax',
      path: '/',
      expires: expiresAt,
    });
  }

  async resolve(request: FastifyRequest): Promise<Actor> {
    const token = request.cookies[SESSION_COOKIE];
    if (!token) return ANONYMOUS;
    const now = new Date();
    const idleCutoff = new Date(now.getTime() - this.config.session.idleDays * DAY_MS);
    const found = await this.repository.findActorBySessionHash(hashSecretToken(token), now, idleCutoff);
    if (!found) return ANONYMOUS;
    if (found.actor.kind !== 'anonymous' && now.getTime() - found.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
      await this.repository.touchSession(found.actor.sessionId, now);
    }
    return found.actor;
  }

  async end(actor: Actor, reply: FastifyReply): Promise<void> {
    if (actor.kind !== 'anonymous') await this.repository.revokeSession(actor.sessionId, new Date());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }

  async endAll(userId: string, reply: FastifyReply): Promise<void> {
    await this.repository.revokeAllSessions(userId, new Date());
    reply.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}
