import { useIntl } from 'react-intl';
import { StripeConfirmForm, StripeElements } from '../contracts/StripeElements';
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
  const { saved } = useSavedCardActions();
  return (
    <StripeConfirmForm
      confirm={(stripe, elements) => stripe.confirmSetup({ elements, redirect: 'if_required' })}
      settled={() => saved(cardId)}
      onDone={onSaved}
      submitLabel={t('billing.card.save')}
      processingText={t('billing.card.processing')}
    />
  );
}
