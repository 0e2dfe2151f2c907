import { Alert, Button, Loader, Stack } from '@mantine/core';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementLocale } from '@stripe/stripe-js';
import { type FormEvent, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { forgetStripe, stripeFor } from '../contracts/stripe-loader';
import { FormError } from '../errors/FormError';
import { useSavedCardActions } from './use-saved-card';

export interface StripeSetupFormProps {
  publishableKey: string;
  clientSecret: string;
  cardId: string;
  onSaved: () => void;
}

/**
 * Saving a card with Stripe: the Payment Element confirms the SetupIntent in the browser (3-D Secure
 * included), then Delegate makes the card the organisation's at once instead of waiting for the
 * webhook. Loaded lazily, so the sandbox never downloads it.
 */
export default function StripeSetupForm(props: StripeSetupFormProps) {
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
      <SetupForm {...props} />
    </Elements>
  );
}

function SetupForm({ cardId, onSaved }: StripeSetupFormProps) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const stripe = useStripe();
  const elements = useElements();
  const { saved } = useSavedCardActions();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [processing, setProcessing] = useState(false);

  const save = async (event: FormEvent) => {
    event.preventDefault();
    if (!stripe || !elements) return;
    setBusy(true);
    setError(null);
    try {
      const result = await stripe.confirmSetup({ elements, redirect: 'if_required' });
      if (result.error) {
        setError(result.error.message ?? t('escrow.cardFailed'));
        return;
      }
      if (await saved(cardId)) onSaved();
      else setProcessing(true);
    } catch {
      setError(t('escrow.cardFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={(event) => void save(event)}>
      <Stack>
        <PaymentElement />
        {processing && <Alert color="blue">{t('billing.card.processing')}</Alert>}
        <FormError message={error} />
        <Button type="submit" loading={busy} disabled={!stripe || !elements || processing}>
          {t('billing.card.save')}
        </Button>
      </Stack>
    </form>
  );
}
