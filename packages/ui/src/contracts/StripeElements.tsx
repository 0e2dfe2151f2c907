import { Alert, Button, Loader, Stack } from '@mantine/core';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementLocale, StripeElements as StripeElementsType } from '@stripe/stripe-js';
import { type FormEvent, type ReactNode, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { FormError } from '../errors/FormError';
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

/**
 * The Payment Element and its submit button: `confirm` asks Stripe in the browser (3-D Secure
 * included), then `settled` asks Delegate to book it at once rather than wait for the webhook; while
 * the provider is still on it, `processingText` says so.
 */
export function StripeConfirmForm({
  confirm,
  settled,
  onDone,
  submitLabel,
  processingText,
}: {
  confirm: (stripe: Stripe, elements: StripeElementsType) => Promise<{ error?: { message?: string } }>;
  settled: () => Promise<boolean>;
  onDone: () => void;
  submitLabel: string;
  processingText: string;
}) {
  const intl = useIntl();
  const failed = intl.formatMessage({ id: 'escrow.cardFailed' });
  const stripe = useStripe();
  const elements = useElements();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [processing, setProcessing] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    setError(null);
    try {
      const result = await confirm(stripe, elements);
      if (result.error) {
        setError(result.error.message ?? failed);
        return;
      }
      if (await settled()) onDone();
      else setProcessing(true);
    } catch {
      setError(failed);
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)}>
      <Stack>
        <PaymentElement />
        {processing && <Alert color="blue">{processingText}</Alert>}
        <FormError message={error} />
        <Button type="submit" loading={busy} disabled={!stripe || !elements || processing}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
