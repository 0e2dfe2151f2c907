import { Logger } from '@nestjs/common';
import { AppError } from '../../platform/errors/app-error.js';
import { ProviderError } from './payment-provider.js';

/** An action that exists for one payment provider only (the sandbox's card form and onboarding). */
export class ProviderMismatchError extends AppError {
  readonly code = 'PROVIDER_MISMATCH';
  constructor(provider: string) {
    super(`Payments go through ${provider}; the sandbox card form is not available.`);
  }
}

/** The card was refused, in the provider's words. */
export class CardDeclinedError extends AppError {
  readonly code = 'CARD_DECLINED';
  constructor(message: string) {
    super(message);
  }
}

/** The provider did not answer; nothing was charged twice, and the action can be tried again. */
export class ProviderUnavailableError extends AppError {
  readonly code = 'PROVIDER_UNAVAILABLE';
  constructor() {
    super('The payment provider did not answer. Nothing was lost; try again in a moment.');
  }
}

/** A webhook delivery that Stripe did not sign with our secret, or signed too long ago (or ahead). */
export class WebhookSignatureError extends AppError {
  readonly code = 'WEBHOOK_SIGNATURE_INVALID';
}

const logger = new Logger('PaymentProvider');

/**
 * Calls the provider for a person waiting on the answer: a refusal passes through (it is final), a
 * failure that may pass becomes PROVIDER_UNAVAILABLE, which tells them to try again.
 */
export async function callProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof ProviderError && !error.retryable) throw error;
    logger.warn(`Payment provider call failed: ${String(error)}`);
    throw new ProviderUnavailableError();
  }
}
