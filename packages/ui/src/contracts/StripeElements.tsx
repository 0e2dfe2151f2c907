import { Alert, Loader } from '@mantine/core';
import { Elements } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementLocale } from '@stripe/stripe-js';
import { type ReactNode, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { forgetStripe, stripeFor } from './stripe-loader';

/**
 * Stripe.js loaded with the publishable key, and Stripe's Elements for one PaymentIntent or
 * SetupIntent (its client secret) in the reader's language; says so if Stripe cannot be reached.
 */
export function StripeElements({
  publishableKey,
  clientSecret,
  children,
}: {
  publishableKey: string;
  clientSecret: string;
  children: ReactNode;
}) {
  const intl = useIntl();
  const [stripe, setStripe] = useState<Promise<Stripe | null> | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    const loading = stripeFor(publishableKey);
    loading.catch(() => {
      forgetStripe(publishableKey);
      setUnavailable(true);
    });
    setStripe(loading);
  }, [publishableKey]);
  if (unavailable) return <Alert color="red">{intl.formatMessage({ id: 'escrow.stripeUnavailable' })}</Alert>;
  if (!stripe) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  return (
    <Elements stripe={stripe} options={{ clientSecret, locale: intl.locale.slice(0, 2) as StripeElementLocale }}>
      {children}
    </Elements>
  );
}
