import Stripe from 'stripe';
import type { AppConfig } from '../../config/config.js';
import {
  type PaymentProvider,
  type ProviderAccount,
  type ProviderCard,
  type ProviderCardSetup,
  ProviderError,
  type ProviderPayment,
  type ProviderPaymentStatus,
  type ProviderRefund,
  type ProviderTransfer,
} from './payment-provider.js';
import { WebhookSignatureError } from './payments.errors.js';

type StripeSettings = NonNullable<AppConfig['payments']['stripe']>;

/** Stripe's errors worth trying again: the network, Stripe itself, or its rate limit. */
const RETRYABLE_ERRORS = new Set(['StripeConnectionError', 'StripeAPIError', 'StripeRateLimitError']);

/**
 * Escrow on Stripe Connect with separate charges and transfers: a PaymentIntent captures the
 * client's card into the platform balance, Transfers pay the VA's Express account, Refunds return
 * the rest. Every call that creates something carries the idempotency key of the business action.
 */
export class StripePaymentProvider implements PaymentProvider {
  readonly name = 'stripe' as const;
  private readonly stripe: Stripe;

  constructor(private readonly settings: StripeSettings) {
    const api = settings.apiUrl;
    this.stripe = new Stripe(settings.secretKey, {
      // The SDK retries lost connections itself, with the same idempotency key.
      maxNetworkRetries: 2,
      timeout: 20_000,
      telemetry: false,
      ...(api ? { host: api.hostname, port: api.port, protocol: api.protocol === 'http:' ? 'http' : 'https' } : {}),
    });
  }

  createPayment(request: Parameters<PaymentProvider['createPayment']>[0]): Promise<ProviderPayment> {
    return this.call(async () =>
      toPayment(
        await this.stripe.paymentIntents.create(
          {
            amount: request.amountMinor,
            currency: request.currency.toLowerCase(),
            ...(request.customerId ? { customer: request.customerId } : {}),
            transfer_group: request.transferGroup,
            description: request.description,
            metadata: request.metadata,
            automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      ),
    );
  }

  retrievePayment(id: string): Promise<ProviderPayment> {
    return this.call(async () => toPayment(await this.stripe.paymentIntents.retrieve(id)));
  }

  async chargeSavedCard(request: Parameters<PaymentProvider['chargeSavedCard']>[0]): Promise<ProviderPayment> {
    try {
      const intent = await this.stripe.paymentIntents.confirm(
        request.paymentId,
        { payment_method: request.paymentMethodId, off_session: true },
        { idempotencyKey: request.idempotencyKey },
      );
      return toPayment(intent);
    } catch (error) {
      // A decline comes back as an error carrying the payment and its failure.
      if (error instanceof Stripe.errors.StripeCardError && error.payment_intent)
        return toPayment(error.payment_intent);
      throw asProviderError(error);
    }
  }

  createCustomer(request: Parameters<PaymentProvider['createCustomer']>[0]): Promise<{ id: string }> {
    return this.call(async () => {
      const customer = await this.stripe.customers.create(
        { name: request.name, metadata: request.metadata },
        { idempotencyKey: request.idempotencyKey },
      );
      return { id: customer.id };
    });
  }

  createCardSetup(request: Parameters<PaymentProvider['createCardSetup']>[0]): Promise<ProviderCardSetup> {
    return this.call(async () =>
      toCardSetup(
        await this.stripe.setupIntents.create(
          {
            customer: request.customerId,
            usage: 'off_session',
            automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
            metadata: request.metadata,
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      ),
    );
  }

  retrieveCardSetup(id: string): Promise<ProviderCardSetup> {
    return this.call(async () => toCardSetup(await this.stripe.setupIntents.retrieve(id)));
  }

  retrieveCard(paymentMethodId: string): Promise<ProviderCard> {
    return this.call(async () => {
      const method = await this.stripe.paymentMethods.retrieve(paymentMethodId);
      if (!method.card) throw new ProviderError('The saved payment method is not a card.', false);
      const { brand, last4, exp_month: expMonth, exp_year: expYear } = method.card;
      return { id: method.id, brand, last4, expMonth, expYear };
    });
  }

  createTransfer(request: Parameters<PaymentProvider['createTransfer']>[0]): Promise<ProviderTransfer> {
    return this.call(async () =>
      toTransfer(
        await this.stripe.transfers.create(
          {
            amount: request.amountMinor,
            currency: request.currency.toLowerCase(),
            destination: request.destination,
            transfer_group: request.transferGroup,
            // Ties the transfer to the charge, so it can go out before the charge's funds settle.
            ...(request.sourceCharge ? { source_transaction: request.sourceCharge } : {}),
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      ),
    );
  }

  retrieveTransfer(id: string): Promise<ProviderTransfer> {
    return this.call(async () => toTransfer(await this.stripe.transfers.retrieve(id)));
  }

  createRefund(request: Parameters<PaymentProvider['createRefund']>[0]): Promise<ProviderRefund> {
    return this.call(async () =>
      toRefund(
        await this.stripe.refunds.create(
          { payment_intent: request.paymentId, amount: request.amountMinor },
          { idempotencyKey: request.idempotencyKey },
        ),
      ),
    );
  }

  retrieveRefund(id: string): Promise<ProviderRefund> {
    return this.call(async () => toRefund(await this.stripe.refunds.retrieve(id)));
  }

  createAccount(request: Parameters<PaymentProvider['createAccount']>[0]): Promise<ProviderAccount> {
    return this.call(async () =>
      toAccount(
        await this.stripe.accounts.create(
          {
            type: 'express',
            email: request.email,
            ...(request.country ? { country: request.country } : {}),
            business_type: 'individual',
            capabilities: { transfers: { requested: true } },
          },
          { idempotencyKey: request.idempotencyKey },
        ),
      ),
    );
  }

  retrieveAccount(id: string): Promise<ProviderAccount> {
    return this.call(async () => toAccount(await this.stripe.accounts.retrieve(id)));
  }

  createAccountLink(request: Parameters<PaymentProvider['createAccountLink']>[0]): Promise<{ url: string }> {
    return this.call(async () => {
      const link = await this.stripe.accountLinks.create({
        account: request.accountId,
        type: 'account_onboarding',
        return_url: request.returnUrl,
        refresh_url: request.refreshUrl,
      });
      return { url: link.url };
    });
  }

  /**
   * A webhook delivery, if Stripe signed it with our secret within the tolerance either side of now.
   * (The SDK refuses old timestamps; a timestamp ahead of our clock is refused here.)
   */
  parseWebhook(payload: Buffer, signature: string | undefined, now = Date.now()): Stripe.Event {
    if (!signature) throw new WebhookSignatureError('The Stripe-Signature header is missing.');
    const tolerance = this.settings.webhookToleranceSeconds;
    const signedAt = Number(/(?:^|,)t=(\d+)/.exec(signature)?.[1]);
    if (signedAt > now / 1000 + tolerance) throw new WebhookSignatureError('The signature is dated in the future.');
    try {
      return this.stripe.webhooks.constructEvent(
        payload,
        signature,
        this.settings.webhookSecret,
        tolerance,
        undefined,
        now,
      );
    } catch (error) {
      throw new WebhookSignatureError((error as Error).message);
    }
  }

  /** Stripe's errors as the provider errors escrow understands: retryable or a final refusal. */
  private async call<T>(request: () => Promise<T>): Promise<T> {
    try {
      return await request();
    } catch (error) {
      throw asProviderError(error);
    }
  }
}

function asProviderError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  return new ProviderError(error.message, RETRYABLE_ERRORS.has(error.type), error.decline_code ?? error.code);
}

const PAYMENT_STATUSES: Record<string, ProviderPaymentStatus> = {
  requires_payment_method: 'requires_payment',
  requires_confirmation: 'requires_payment',
  requires_action: 'requires_payment',
  // Escrow captures at once; an authorised but uncaptured payment is still on its way.
  requires_capture: 'processing',
  processing: 'processing',
  succeeded: 'succeeded',
  canceled: 'canceled',
};

function toPayment(intent: Stripe.PaymentIntent): ProviderPayment {
  return {
    id: intent.id,
    // A status newer than this code is not a success: the payment waits until it is one.
    status: PAYMENT_STATUSES[intent.status] ?? 'processing',
    amountMinor: intent.status === 'succeeded' ? intent.amount_received : intent.amount,
    currency: intent.currency.toUpperCase(),
    clientSecret: intent.client_secret,
    chargeId: idOf(intent.latest_charge),
    failureMessage: intent.last_payment_error?.message ?? null,
  };
}

function toCardSetup(setup: Stripe.SetupIntent): ProviderCardSetup {
  return {
    id: setup.id,
    status: PAYMENT_STATUSES[setup.status] ?? 'processing',
    clientSecret: setup.client_secret,
    paymentMethodId: idOf(setup.payment_method),
    failureMessage: setup.last_setup_error?.message ?? null,
  };
}

function toTransfer(transfer: Stripe.Transfer): ProviderTransfer {
  return {
    id: transfer.id,
    amountMinor: transfer.amount - transfer.amount_reversed,
    currency: transfer.currency.toUpperCase(),
    destination: idOf(transfer.destination) ?? '',
  };
}

function toRefund(refund: Stripe.Refund): ProviderRefund {
  const status = refund.status === 'succeeded' ? 'succeeded' : refund.status === 'pending' ? 'pending' : 'failed';
  return { id: refund.id, status, amountMinor: refund.amount };
}

function toAccount(account: Stripe.Account): ProviderAccount {
  return {
    id: account.id,
    payoutsEnabled: account.payouts_enabled === true && account.capabilities?.transfers === 'active',
    detailsSubmitted: account.details_submitted === true,
    requirementsDue: account.requirements?.currently_due ?? [],
  };
}

/** Stripe answers a related object as its id, or expanded. */
function idOf(value: string | { id: string } | null | undefined): string | null {
  return typeof value === 'string' ? value : (value?.id ?? null);
}
