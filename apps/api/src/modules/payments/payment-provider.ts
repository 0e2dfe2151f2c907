/**
 * What escrow needs from a payment provider, in Stripe's terms (separate charges and transfers).
 * Two implementations: `stripe` (the real SDK) and `sandbox` (the same answers, simulated). Every
 * call that moves money carries an idempotency key derived from the business action, so a retry
 * after a crash returns the object the first attempt made instead of moving money again.
 */
export const PAYMENT_PROVIDER = Symbol('PAYMENT_PROVIDER');

export type ProviderName = 'sandbox' | 'stripe';

export type ProviderPaymentStatus = 'requires_payment' | 'processing' | 'succeeded' | 'canceled';

/** A card payment captured into the platform's balance (a Stripe PaymentIntent). */
export interface ProviderPayment {
  id: string;
  status: ProviderPaymentStatus;
  amountMinor: number;
  currency: string;
  /** Lets the client's browser confirm the payment (Stripe.js); null in the sandbox. */
  clientSecret: string | null;
  /** The charge the payment created, once it succeeded: the source of later transfers. */
  chargeId: string | null;
  /** Why the last attempt failed, in the provider's words ("Your card was declined."). */
  failureMessage: string | null;
}

export interface ProviderTransfer {
  id: string;
  /** What the VA's account kept: the amount less anything reversed. */
  amountMinor: number;
  currency: string;
  destination: string;
}

export interface ProviderRefund {
  id: string;
  status: 'pending' | 'succeeded' | 'failed';
  amountMinor: number;
}

/** A card saved for an organisation: the provider's payment method, as a business reads it. */
export interface ProviderCard {
  id: string;
  brand: string;
  last4: string;
  expMonth: number;
  expYear: number;
}

/** Saving a card for later charges without the business present (a Stripe SetupIntent). */
export interface ProviderCardSetup {
  id: string;
  status: ProviderPaymentStatus;
  /** Lets the business's browser collect the card (Stripe.js); null in the sandbox. */
  clientSecret: string | null;
  /** The card saved, once the setup succeeded. */
  paymentMethodId: string | null;
  failureMessage: string | null;
}

/** A VA's Connect Express account, as the provider reports it. */
export interface ProviderAccount {
  id: string;
  /** The provider may send the VA money (Stripe: `payouts_enabled` with transfers active). */
  payoutsEnabled: boolean;
  /** The VA finished the provider's forms (Stripe: `details_submitted`). */
  detailsSubmitted: boolean;
  /** What the provider still needs from the VA (Stripe: `requirements.currently_due`). */
  requirementsDue: string[];
}

export interface PaymentProvider {
  readonly name: ProviderName;
  createPayment(request: {
    amountMinor: number;
    currency: string;
    /** The organisation's customer at the provider, when the payment may be charged to a saved card. */
    customerId?: string;
    /** Stripe's `transfer_group`: the milestone, so its charges and transfers are listed together. */
    transferGroup: string;
    description: string;
    metadata: Record<string, string>;
    idempotencyKey: string;
  }): Promise<ProviderPayment>;
  retrievePayment(id: string): Promise<ProviderPayment>;
  /**
   * Charges a payment to a saved card with nobody present (Stripe: confirm with `off_session`). A
   * decline answers the payment with its failure, not an error: the business is asked for a new card.
   */
  chargeSavedCard(request: {
    paymentId: string;
    paymentMethodId: string;
    idempotencyKey: string;
  }): Promise<ProviderPayment>;
  /** The organisation as a customer, which saved cards belong to. */
  createCustomer(request: {
    name: string;
    metadata: Record<string, string>;
    idempotencyKey: string;
  }): Promise<{ id: string }>;
  createCardSetup(request: {
    customerId: string;
    metadata: Record<string, string>;
    idempotencyKey: string;
  }): Promise<ProviderCardSetup>;
  retrieveCardSetup(id: string): Promise<ProviderCardSetup>;
  retrieveCard(paymentMethodId: string): Promise<ProviderCard>;
  createTransfer(request: {
    amountMinor: number;
    currency: string;
    destination: string;
    transferGroup: string;
    sourceCharge: string | null;
    idempotencyKey: string;
  }): Promise<ProviderTransfer>;
  retrieveTransfer(id: string): Promise<ProviderTransfer>;
  createRefund(request: { paymentId: string; amountMinor: number; idempotencyKey: string }): Promise<ProviderRefund>;
  retrieveRefund(id: string): Promise<ProviderRefund>;
  createAccount(request: { email: string; country: string | null; idempotencyKey: string }): Promise<ProviderAccount>;
  retrieveAccount(id: string): Promise<ProviderAccount>;
  /** A one-time link to the provider's onboarding forms; it sends the VA back to `returnUrl` (or `refreshUrl` if it expired). */
  createAccountLink(request: { accountId: string; returnUrl: string; refreshUrl: string }): Promise<{ url: string }>;
}

/**
 * The provider refused or failed a call; `retryable` when trying again later may succeed. `code` is
 * Stripe's error code (a card's decline code), `resource_missing` when there is no such object.
 */
export class ProviderError extends Error {
  override readonly name = 'ProviderError';
  constructor(
    message: string,
    readonly retryable: boolean,
    readonly code?: string,
  ) {
    super(message);
  }
}
