import { loadStripe, type Stripe } from '@stripe/stripe-js';

/** Stripe.js, loaded once per key from Stripe's servers (card details never touch Delegate's). */
const loaded = new Map<string, Promise<Stripe | null>>();

export function stripeFor(publishableKey: string): Promise<Stripe | null> {
  let stripe = loaded.get(publishableKey);
  if (!stripe) {
    stripe = loadStripe(publishableKey);
    loaded.set(publishableKey, stripe);
  }
  return stripe;
}

/** A load that failed is tried again next time. */
export function forgetStripe(publishableKey: string): void {
  loaded.delete(publishableKey);
}
