import { Alert, Button, Stack } from '@mantine/core';
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { StripeElements } from '../contracts/StripeElements';
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
  return (
    <StripeElements publishableKey={props.publishableKey} clientSecret={props.clientSecret}>
      <SetupForm {...props} />
    </StripeElements>
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
