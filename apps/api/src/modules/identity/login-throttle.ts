import { Inject, Injectable } from '@nestjs/common';
import type { Pool, QueryConfig } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { TooManyAttemptsError } from './identity.errors.js';

/**
 * Counts failed sign-ins per account and per address in PostgreSQL, so the limit holds across
 * API instances. A success clears the account's counter.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(dataSource: DataSource, @Inject(APP_CONFIG) config: AppConfig) {
    const duration = config.loginThrottle.windowMinutes * 60;
    const pool = (dataSource.driver as PostgresDriver).master as Pool;
    // The limiter names its prepared statements; the embedded engine shares one session between
    // connections, where a second connection preparing the same name fails. Send them unnamed.
    const storeClient = { query: (query: QueryConfig) => pool.query({ text: query.text, values: query.values }) };
    const common = { storeClient, storeType: 'pool', tableName: 'login_throttle', tableCreated: true };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-account',
      points: config.loginThrottle.maxFailures,
      duration,
    });
    // Generous per address: offices and mobile carriers share addresses.
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'login-address',
      points: config.loginThrottle.maxFailures * 20,
      duration,
    });
  }

  /** Refuses up front when either counter is spent. */
  async assertAllowed(email: string, address: string): Promise<void> {
    const counters = await Promise.all([
      this.perAccount.get(email).then((res) => ({ res, limit: this.perAccount.points })),
      this.perAddress.get(address).then((res) => ({ res, limit: this.perAddress.points })),
    ]);
    const waits = counters
      .filter((counter): counter is { res: RateLimiterRes; limit: number } => counter.res !== null)
      .filter(({ res, limit }) => res.consumedPoints >= limit)
      .map(({ res }) => res.msBeforeNext);
    if (waits.length > 0) throw new TooManyAttemptsError(Math.ceil(Math.max(...waits) / 1000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email, 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
