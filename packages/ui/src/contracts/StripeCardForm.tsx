import { Alert, Button, Loader, Stack } from '@mantine/core';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementLocale } from '@stripe/stripe-js';
import { type FormEvent, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { FormError } from '../errors/FormError';
import { forgetStripe, stripeFor } from './stripe-loader';
import { useMilestonePayment } from './use-contract-data';

export interface StripeCardFormProps {
  publishableKey: string;
  clientSecret: string;
  paymentId: string;
  payLabel: string;
  onPaid: () => void;
}

/**
 * The card form with Stripe: Stripe's Payment Element confirms the PaymentIntent in the browser (3-D
 * Secure included), then Delegate books the payment at once instead of waiting for the webhook.
 * Loaded lazily, so the sandbox never downloads it.
 */
export default function StripeCardForm(props: StripeCardFormProps) {
  const intl = useIntl();
  const [stripe, setStripe] = useState<Promise<Stripe | null> | null>(null);
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    const loading = stripeFor(props.publishableKey);
    loading.catch(() => {
      forgetStripe(props.publishableKey);
      setUnavailable(true);
    });
    setStripe(loading);
  }, [props.publishableKey]);
  if (unavailable) return <Alert color="red">{intl.formatMessage({ id: 'escrow.stripeUnavailable' })}</Alert>;
  if (!stripe) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  return (
    <Elements
      stripe={stripe}
      options={{ clientSecret: props.clientSecret, locale: intl.locale.slice(0, 2) as StripeElementLocale }}
    >
      <CardForm {...props} />
    </Elements>
  );
}

function CardForm({ paymentId, payLabel, onPaid }: StripeCardFormProps) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const stripe = useStripe();
  const elements = useElements();
  const { succeeded } = useMilestonePayment();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [processing, setProcessing] = useState(false);

  const pay = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    setError(null);
    try {
      const result = await stripe.confirmPayment({ elements, redirect: 'if_required' });
      if (result.error) {
        setError(result.error.message ?? t('escrow.cardFailed'));
        return;
      }
      if (await succeeded(paymentId)) onPaid();
      else setProcessing(true);
    } catch {
      setError(t('escrow.cardFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void pay(event)}>
      <Stack>
        <PaymentElement />
        {processing && <Alert color="blue">{t('escrow.stripeProcessing')}</Alert>}
        <FormError message={error} />
        <Button type="submit" loading={busy} disabled={!stripe || !elements || processing}>
          {payLabel}
        </Button>
      </Stack>
    </form>
  );
}
