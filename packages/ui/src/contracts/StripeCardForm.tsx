import { Alert, Button, Stack } from '@mantine/core';
import { PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import { type FormEvent, useState } from 'react';
import { useIntl } from 'react-intl';
import { FormError } from '../errors/FormError';
import { StripeElements } from './StripeElements';
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
  return (
    <StripeElements publishableKey={props.publishableKey} clientSecret={props.clientSecret}>
      <CardForm {...props} />
    </StripeElements>
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
