import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { type GrowingDelay, type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { TooManyAttemptsError } from './identity.errors.js';

export interface SignInAttempt {
  /** The password was right: the account's counters start again. */
  succeeded(): Promise<void>;
}

/**
 * Every sign-in attempt is counted before the password is checked (atomically, so parallel guesses
 * cannot all get through): tightly per account and address, generously per address, and per account
 * with growing delays instead of a lockout, so a stranger who knows an address can slow its owner down
 * for seconds but never shut them out. A device the account signed in from before skips the
 * per-account delay. Counters live in PostgreSQL, shared by every API instance.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAccountAddress: RateLimit;
  private readonly perAddress: RateLimit;
  private readonly perAccount: GrowingDelay;

  constructor(limits: RateLimits, @Inject(APP_CONFIG) config: AppConfig) {
    const { maxFailures, windowMinutes } = config.loginThrottle;
    const durationSeconds = windowMinutes * 60;
    this.perAccountAddress = limits.limit({ name: 'sign-in-account-address', points: maxFailures, durationSeconds });
    // Generous per address: offices and mobile carriers share addresses.
    this.perAddress = limits.limit({ name: 'sign-in-address', points: maxFailures * 20, durationSeconds });
    this.perAccount = limits.growingDelay({
      name: 'sign-in-account',
      freeAttempts: maxFailures * 2,
      maxWaitSeconds: 60,
      lifetimeSeconds: durationSeconds,
    });
  }

  /** Admits one attempt or refuses it with the seconds to wait. */
  async admit(attempt: { email: string; address: string; knownDevice: boolean }): Promise<SignInAttempt> {
    const accountAddress = `${attempt.email}|${attempt.address}`;
    // One refusal ends the attempt before it spends the next counter's allowance.
    const checks = [
      () => this.perAccountAddress.waitAfterConsuming(accountAddress),
      () => this.perAddress.waitAfterConsuming(attempt.address),
      () => (attempt.knownDevice ? Promise.resolve(0) : this.perAccount.attempt(attempt.email)),
    ];
    for (const check of checks) {
      const wait = await check();
      if (wait > 0) throw new TooManyAttemptsError(Math.ceil(wait / 1000));
    }
    return {
      succeeded: async () => {
        await Promise.all([
          this.perAccountAddress.reset(accountAddress),
          this.perAddress.refund(attempt.address),
          this.perAccount.reset(attempt.email),
        ]);
      },
    };
  }

  /** After a password reset: the owner proved who they are, so every counter of the account ends. */
  async lift(email: string): Promise<void> {
    await Promise.all([this.perAccountAddress.resetKeysStartingWith(`${email}|`), this.perAccount.reset(email)]);
  }
}
