import { Alert, Badge, Button, Card, Group, Loader, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { ErrorState } from '../layout/ErrorState';
import { useSavedCard, useSavedCardActions } from './use-saved-card';

/** Stripe's form is only downloaded when payments go through Stripe. */
const StripeSetupForm = lazy(() => import('./StripeSetupForm'));

/**
 * The organisation's card for hourly weeks: each week is charged to it when it begins. Members who
 * keep billing (owners, admins, finance) save, replace or remove it; everyone sees whether there is one.
 */
export function SavedCardPanel({ canManage }: { canManage: boolean }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { data, error, refetch } = useSavedCard();
  const { remove } = useSavedCardActions();
  const [saving, setSaving] = useState(false);
  const card = data?.savedCard ?? null;
  const confirmRemove = () =>
    openConfirmModal({
      title: t('billing.card.removeTitle'),
      children: <Text size="sm">{t('billing.card.removeBody')}</Text>,
      labels: { confirm: t('billing.card.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void remove().catch((problem) =>
          notifications.show({ color: 'red', message: describeError(problem, intl).message }),
        ),
    });
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {t('billing.card.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('billing.card.intro')}
        </Text>
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!data && !error && <Loader size="sm" aria-label={t('common.loading')} />}
        {data && !card && <Text size="sm">{t('billing.card.none')}</Text>}
        {card && (
          <Group gap="sm" data-testid="saved-card">
            <Badge variant="light">{card.brand}</Badge>
            <Text size="sm" fw={500}>
              {t('billing.card.number', { last4: card.last4 ?? '' })}
            </Text>
            {card.expMonth && card.expYear && (
              <Text size="sm" c="dimmed">
                {t('billing.card.expires', { month: String(card.expMonth).padStart(2, '0'), year: card.expYear })}
              </Text>
            )}
          </Group>
        )}
        {card?.failedAt && (
          <Alert color="red" title={t('billing.card.failedTitle')} role="alert">
            {t('billing.card.failedBody', { message: card.failureMessage })}
          </Alert>
        )}
        {canManage && (
          <Group gap="xs">
            <Button size="sm" onClick={() => setSaving(true)}>
              {t(card ? 'billing.card.replace' : 'billing.card.add')}
            </Button>
            {card && (
              <Button size="sm" variant="subtle" color="red" onClick={confirmRemove}>
                {t('billing.card.remove')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      {saving && <SaveCardDialog onClose={() => setSaving(false)} />}
    </Card>
  );
}

/** Starts the provider's card setup, then shows its form: Stripe's, or the sandbox's test card field. */
function SaveCardDialog({ onClose }: { onClose: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { start, started } = useSavedCardActions();
  const setup = started.data?.startCardSetup;
  const done = () => {
    notifications.show({ color: 'green', message: t('billing.card.saved') });
    onClose();
  };
  return (
    <Modal opened onClose={onClose} title={t('billing.card.saveTitle')}>
      {!setup && (
        <Stack>
          <Text size="sm">{t('billing.card.saveIntro')}</Text>
          {started.error && <FormError message={describeError(started.error, intl).message} />}
          <Button loading={started.loading} onClick={() => void start().catch(() => undefined)}>
            {t('billing.card.continue')}
          </Button>
        </Stack>
      )}
      {setup?.provider === 'SANDBOX' && <SandboxSetupForm cardId={setup.id} onSaved={done} />}
      {setup?.provider === 'STRIPE' &&
        (setup.clientSecret && setup.publishableKey ? (
          <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
            <StripeSetupForm
              publishableKey={setup.publishableKey}
              clientSecret={setup.clientSecret}
              cardId={setup.id}
              onSaved={done}
            />
          </Suspense>
        ) : (
          <Alert color="red">{t('escrow.stripeUnavailable')}</Alert>
        ))}
    </Modal>
  );
}

function SandboxSetupForm({ cardId, onSaved }: { cardId: string; onSaved: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { saveSandbox } = useSavedCardActions();
  const form = useForm({ initialValues: { cardNumber: '4242 4242 4242 4242' } });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <form
      onSubmit={submit(async ({ cardNumber }) => {
        await saveSandbox(cardId, cardNumber);
        onSaved();
      })}
    >
      <Stack>
        <Alert role="note" color="yellow" title={<Badge color="yellow">{t('escrow.sandbox')}</Badge>}>
          {t('billing.card.sandboxNote')}
        </Alert>
        <TextInput
          label={t('escrow.cardNumber')}
          description={t('billing.card.testCards')}
          autoComplete="off"
          {...form.getInputProps('cardNumber')}
        />
        <FormError message={formError} />
        <Button type="submit" loading={submitting}>
          {t('billing.card.save')}
        </Button>
      </Stack>
    </form>
  );
}
