import { useIntl } from 'react-intl';
import { StripeConfirmForm, StripeElements } from './StripeElements';
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
  const { succeeded } = useMilestonePayment();
  return (
    <StripeConfirmForm
      confirm={(stripe, elements) => stripe.confirmPayment({ elements, redirect: 'if_required' })}
      settled={() => succeeded(paymentId)}
      onDone={onPaid}
      submitLabel={payLabel}
      processingText={intl.formatMessage({ id: 'escrow.stripeProcessing' })}
    />
  );
}
