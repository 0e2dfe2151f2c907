import { Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { AppError } from '../errors/app-error.js';

/** Something a person repeats too often; `retryAfterSeconds` says when they may again. */
export class RateLimitedError extends AppError {
  readonly code = 'RATE_LIMITED';
  constructor(retryAfterSeconds: number) {
    super('You have done this too often. Try again later.', undefined, { retryAfterSeconds });
  }
}

/** At most `points` uses per key in any window of `durationSeconds`. */
export interface LimitSpec {
  name: string;
  points: number;
  durationSeconds: number;
}

/** After `freeAttempts` in `lifetimeSeconds`, each further attempt waits longer (doubling up to `maxWaitSeconds`). */
export interface GrowingDelaySpec {
  name: string;
  freeAttempts: number;
  maxWaitSeconds: number;
  lifetimeSeconds: number;
}

export class RateLimit {
  constructor(
    private readonly limiter: RateLimiterPostgres,
    private readonly pool: Pool,
  ) {}

  /** Uses one point atomically (so parallel requests cannot all slip in); refuses when none is left. */
  async consume(key: string): Promise<void> {
    const wait = await this.waitAfterConsuming(key);
    if (wait > 0) throw new RateLimitedError(Math.ceil(wait / 1000));
  }

  /** Uses one point; false when none was left (for limits that drop silently rather than answer). */
  async tryConsume(key: string): Promise<boolean> {
    return (await this.waitAfterConsuming(key)) === 0;
  }

  /** Milliseconds until a point frees up, or 0 when this call got one. */
  async waitAfterConsuming(key: string): Promise<number> {
    try {
      await this.limiter.consume(key);
      return 0;
    } catch (refusal) {
      if (refusal instanceof RateLimiterRes) return Math.max(1, refusal.msBeforeNext);
      throw refusal;
    }
  }

  /** Gives back the point of a use that turned out legitimate. */
  async refund(key: string): Promise<void> {
    await this.limiter.reward(key, 1);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(key);
  }

  /** Ends every counter whose key starts so (e.g. an account's counters at every address). */
  async resetKeysStartingWith(start: string): Promise<void> {
    const pattern = `${this.limiter.getKey(start).replace(/[\\%_]/g, '\\$&')}%`;
    await this.pool.query('DELETE FROM rate_limits WHERE key LIKE $1', [pattern]);
  }
}

/**
 * Growing delays rather than a lockout (as express-brute does): the first attempts are free, then
 * each attempt must wait 1, 2, 4 … seconds after the previous one, up to a ceiling. Whoever the
 * attempts come from, the key's owner is slowed down, never shut out.
 */
export class GrowingDelay {
  constructor(
    private readonly free: RateLimiterPostgres,
    private readonly counter: RateLimiterPostgres,
    private readonly gate: RateLimiterPostgres,
    private readonly maxWaitSeconds: number,
  ) {}

  /** Milliseconds to wait before this key may try again, or 0 when this attempt may go ahead. */
  async attempt(key: string): Promise<number> {
    try {
      await this.free.consume(key);
      return 0;
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
    }
    const delayed = await this.counter.get(key);
    const waitSeconds = Math.min(2 ** (delayed?.consumedPoints ?? 0), this.maxWaitSeconds);
    // The gate holds one point for `waitSeconds`: of parallel attempts, exactly one takes it.
    const gate = await this.gate.penalty(key, 1, { customDuration: waitSeconds });
    if (gate.consumedPoints > 1) return Math.max(1, gate.msBeforeNext);
    await this.counter.penalty(key, 1);
    return 0;
  }

  async reset(key: string): Promise<void> {
    await Promise.all([this.free.delete(key), this.counter.delete(key), this.gate.delete(key)]);
  }
}

/**
 * Rate limits kept in PostgreSQL (table `rate_limits`), so they hold across API instances. Each
 * feature names its limits; keys are whatever it counts (an account, an address, a recipient).
 */
@Injectable()
export class RateLimits {
  private readonly pool: Pool;

  constructor(dataSource: DataSource) {
    this.pool = (dataSource.driver as PostgresDriver).master as Pool;
  }

  limit(spec: LimitSpec): RateLimit {
    return new RateLimit(this.limiter(spec.name, spec.points, spec.durationSeconds), this.pool);
  }

  growingDelay(spec: GrowingDelaySpec): GrowingDelay {
    return new GrowingDelay(
      this.limiter(`${spec.name}-free`, spec.freeAttempts, spec.lifetimeSeconds),
      this.limiter(`${spec.name}-count`, Number.MAX_SAFE_INTEGER, spec.lifetimeSeconds),
      this.limiter(`${spec.name}-gate`, 1, spec.maxWaitSeconds),
      spec.maxWaitSeconds,
    );
  }

  private limiter(keyPrefix: string, points: number, duration: number): RateLimiterPostgres {
    return new RateLimiterPostgres({
      storeClient: this.pool,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      keyPrefix,
      points,
      duration,
    });
  }
}
