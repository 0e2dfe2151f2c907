import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import {
  type PaymentProvider,
  type ProviderAccount,
  type ProviderCard,
  type ProviderCardSetup,
  ProviderError,
  type ProviderPayment,
  type ProviderRefund,
  type ProviderTransfer,
} from './payment-provider.js';
import { SandboxObjectEntity } from './sandbox-object.entity.js';

/**
 * Stripe's test card numbers and what the sandbox does with each; any other number is refused. A
 * card that `savesButDeclines` is saved for later like a good one, and declined when charged.
 */
export const SANDBOX_CARDS: Record<string, { declineCode?: string; message?: string; savesButDeclines?: boolean }> = {
  '4242424242424242': {},
  '4000000000000002': { declineCode: 'card_declined', message: 'Your card was declined.' },
  '4000000000009995': { declineCode: 'insufficient_funds', message: 'Your card has insufficient funds.' },
  '4000000000000341': { savesButDeclines: true, message: 'Your card was declined.' },
};
const BRANDS: Record<string, string> = { '4': 'visa', '5': 'mastercard', '3': 'amex' };

/**
 * The payment provider without Stripe keys: the same answers as Stripe for the calls escrow makes,
 * with card payments confirmed by a test card number instead of a bank. Its calls run outside the
 * caller's database transaction, as a real provider's would.
 */
@Injectable()
export class SandboxPaymentProvider implements PaymentProvider {
  readonly name = 'sandbox' as const;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async createPayment(request: Parameters<PaymentProvider['createPayment']>[0]): Promise<ProviderPayment> {
    const payment: ProviderPayment = {
      id: newId('pi'),
      status: 'requires_payment',
      amountMinor: request.amountMinor,
      currency: request.currency,
      clientSecret: null,
      chargeId: null,
      failureMessage: null,
    };
    return this.create('payment', request.idempotencyKey, payment);
  }

  async retrievePayment(id: string): Promise<ProviderPayment> {
    return (await this.find(id, 'payment')) as unknown as ProviderPayment;
  }

  /** What the card form does: pays with a test card, or fails as that card would. */
  async confirmPayment(id: string, cardNumber: string): Promise<ProviderPayment> {
    const payment = await this.retrievePayment(id);
    if (payment.status === 'succeeded') return payment;
    const card = SANDBOX_CARDS[cardNumber.replace(/\s/g, '')];
    const outcome = !card
      ? { failureMessage: 'Use one of the sandbox test cards.' }
      : card.declineCode || card.savesButDeclines
        ? { failureMessage: card.message ?? 'Your card was declined.' }
        : { status: 'succeeded', chargeId: newId('ch'), failureMessage: null };
    await this.change(id, outcome);
    return this.retrievePayment(id);
  }

  /** Charges a saved card: once per idempotency key, as a retried request at Stripe answers the first. */
  async chargeSavedCard(request: Parameters<PaymentProvider['chargeSavedCard']>[0]): Promise<ProviderPayment> {
    const replay = await this.dataSource
      .getRepository(SandboxObjectEntity)
      .findOneBy({ idempotencyKey: request.idempotencyKey });
    if (replay) return (replay.data as { answer: ProviderPayment }).answer;
    const card = (await this.find(request.paymentMethodId, 'card')) as { number: string };
    const answer = await this.confirmPayment(request.paymentId, card.number);
    await this.create('attempt', request.idempotencyKey, { id: newId('py'), answer });
    return answer;
  }

  async createCustomer(request: Parameters<PaymentProvider['createCustomer']>[0]): Promise<{ id: string }> {
    return this.create('customer', request.idempotencyKey, { id: newId('cus'), name: request.name });
  }

  async createCardSetup(request: Parameters<PaymentProvider['createCardSetup']>[0]): Promise<ProviderCardSetup> {
    return this.create('setup', request.idempotencyKey, {
      id: newId('seti'),
      status: 'requires_payment',
      clientSecret: null,
      paymentMethodId: null,
      failureMessage: null,
      customerId: request.customerId,
    });
  }

  async retrieveCardSetup(id: string): Promise<ProviderCardSetup> {
    return (await this.find(id, 'setup')) as unknown as ProviderCardSetup;
  }

  /** What the sandbox's card form does when saving a card: a good or saving test card is kept for later charges. */
  async confirmCardSetup(id: string, cardNumber: string): Promise<ProviderCardSetup> {
    const setup = await this.retrieveCardSetup(id);
    if (setup.status === 'succeeded') return setup;
    const number = cardNumber.replace(/\s/g, '');
    const card = SANDBOX_CARDS[number];
    if (!card || card.declineCode) {
      await this.change(id, { failureMessage: card?.message ?? 'Use one of the sandbox test cards.' });
      return this.retrieveCardSetup(id);
    }
    const method = await this.create('card', `card:${id}`, {
      id: newId('pm'),
      number,
      brand: BRANDS[number[0] ?? ''] ?? 'visa',
      last4: number.slice(-4),
      expMonth: 12,
      expYear: new Date().getUTCFullYear() + 3,
    });
    await this.change(id, { status: 'succeeded', paymentMethodId: method.id, failureMessage: null });
    return this.retrieveCardSetup(id);
  }

  async retrieveCard(paymentMethodId: string): Promise<ProviderCard> {
    const { id, brand, last4, expMonth, expYear } = (await this.find(
      paymentMethodId,
      'card',
    )) as unknown as ProviderCard;
    return { id, brand, last4, expMonth, expYear };
  }

  async createTransfer(request: Parameters<PaymentProvider['createTransfer']>[0]): Promise<ProviderTransfer> {
    return this.create('transfer', request.idempotencyKey, {
      id: newId('tr'),
      amountMinor: request.amountMinor,
      currency: request.currency,
      destination: request.destination,
    });
  }

  async retrieveTransfer(id: string): Promise<ProviderTransfer> {
    return (await this.find(id, 'transfer')) as unknown as ProviderTransfer;
  }

  async retrieveRefund(id: string): Promise<ProviderRefund> {
    return (await this.find(id, 'refund')) as unknown as ProviderRefund;
  }

  async createRefund(request: Parameters<PaymentProvider['createRefund']>[0]): Promise<ProviderRefund> {
    const payment = await this.retrievePayment(request.paymentId);
    const [{ refunded }] = await this.dataSource.query(
      `SELECT COALESCE(sum((data->>'amountMinor')::bigint), 0) AS refunded FROM sandbox_objects
       WHERE kind = 'refund' AND data->>'paymentId' = $1 AND idempotency_key <> $2`,
      [payment.id, request.idempotencyKey],
    );
    if (payment.status !== 'succeeded' || Number(refunded) + request.amountMinor > payment.amountMinor) {
      throw new ProviderError('The refund is larger than what is left of the payment.', false);
    }
    return this.create('refund', request.idempotencyKey, {
      id: newId('re'),
      status: 'succeeded',
      amountMinor: request.amountMinor,
      paymentId: payment.id,
    });
  }

  async createAccount(request: Parameters<PaymentProvider['createAccount']>[0]): Promise<ProviderAccount> {
    return this.create('account', request.idempotencyKey, {
      id: newId('acct'),
      payoutsEnabled: false,
      detailsSubmitted: false,
      requirementsDue: ['individual.verification.document', 'external_account'],
    });
  }

  async retrieveAccount(id: string): Promise<ProviderAccount> {
    return (await this.find(id, 'account')) as unknown as ProviderAccount;
  }

  /** The sandbox's onboarding is a page of the freelancer app standing in for the provider's forms. */
  async createAccountLink(request: Parameters<PaymentProvider['createAccountLink']>[0]): Promise<{ url: string }> {
    const url = new URL('/freelancer/payouts/sandbox-onboarding', this.config.http.publicUrl);
    url.searchParams.set('account', request.accountId);
    return { url: url.toString() };
  }

  /** What the sandbox onboarding page does when the VA completes it: the account can receive money. */
  async completeOnboarding(id: string): Promise<ProviderAccount> {
    await this.retrieveAccount(id);
    await this.change(id, { payoutsEnabled: true, detailsSubmitted: true, requirementsDue: [] });
    return this.retrieveAccount(id);
  }

  private async change(id: string, patch: Record<string, unknown>): Promise<void> {
    await this.dataSource.query(`UPDATE sandbox_objects SET data = data || $2::jsonb WHERE id = $1`, [
      id,
      JSON.stringify(patch),
    ]);
  }

  /** Stores an object once per idempotency key and returns what is stored (a retry gets the first object). */
  private async create<T extends { id: string }>(
    kind: SandboxObjectEntity['kind'],
    key: string,
    object: T,
  ): Promise<T> {
    await this.dataSource.query(
      `INSERT INTO sandbox_objects (id, kind, idempotency_key, data) VALUES ($1, $2, $3, $4)
       ON CONFLICT (idempotency_key) DO NOTHING`,
      [object.id, kind, key, JSON.stringify(object)],
    );
    const stored = await this.dataSource.getRepository(SandboxObjectEntity).findOneByOrFail({ idempotencyKey: key });
    return stored.data as unknown as T;
  }

  private async find(id: string, kind: SandboxObjectEntity['kind']) {
    const stored = await this.dataSource.getRepository(SandboxObjectEntity).findOneBy({ id, kind });
    if (!stored) throw new ProviderError(`No such ${kind}: ${id}`, false, 'resource_missing');
    return stored.data;
  }
}

function newId(prefix: string): string {
  return `${prefix}_sbx_${randomBytes(12).toString('hex')}`;
}
