import { Alert, Anchor, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useSavedCard } from '../billing/use-saved-card';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import type { ContractStandingFieldsFragment } from '../gql/graphql';
import { useHourlyControls } from './use-timesheets';

/**
 * An hourly contract's weekly limit and whether it is paused, for both sides; the business (members
 * who hire) changes the limit from next week, pauses and resumes.
 */
export function HourlyControls({
  contract,
  side,
  canAct,
}: {
  contract: ContractStandingFieldsFragment;
  side: 'client' | 'freelancer';
  canAct: boolean;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { pause, resume } = useHourlyControls();
  const [changing, setChanging] = useState(false);
  const fail = (error: unknown) => notifications.show({ color: 'red', message: describeError(error, intl).message });
  const limit = contract.terms.weeklyLimitHours ?? 0;
  const client = side === 'client' && canAct && contract.status === 'ACTIVE';
  const confirmPause = () =>
    openConfirmModal({
      title: t('hourly.pauseTitle'),
      children: <Text size="sm">{t('hourly.pauseBody')}</Text>,
      labels: { confirm: t('hourly.pause'), cancel: t('common.cancel') },
      onConfirm: () => void pause(contract.id).catch(fail),
    });
  const confirmResume = () =>
    openConfirmModal({
      title: t('hourly.resumeTitle'),
      children: <Text size="sm">{t('hourly.resumeBody')}</Text>,
      labels: { confirm: t('hourly.resume'), cancel: t('common.cancel') },
      onConfirm: () => void resume(contract.id).catch(fail),
    });
  return (
    <Stack gap="xs">
      {contract.pausedAt && (
        <Alert color="yellow" title={t('hourly.pausedTitle')}>
          <Text size="sm">{t(side === 'client' ? 'hourly.pausedClient' : 'hourly.pausedFreelancer')}</Text>
        </Alert>
      )}
      <Group gap="sm">
        <Text size="sm">{t('hourly.limit', { hours: limit })}</Text>
        {client && (
          <>
            <Button size="xs" variant="default" onClick={() => setChanging(true)}>
              {t('hourly.changeLimit')}
            </Button>
            {contract.pausedAt ? (
              <Button size="xs" onClick={confirmResume}>
                {t('hourly.resume')}
              </Button>
            ) : (
              <Button size="xs" variant="default" onClick={confirmPause}>
                {t('hourly.pause')}
              </Button>
            )}
          </>
        )}
      </Group>
      {side === 'client' && contract.status === 'ACTIVE' && <WeeklyCharge />}
      {changing && <LimitDialog contractId={contract.id} limit={limit} onClose={() => setChanging(false)} />}
    </Stack>
  );
}

function LimitDialog({ contractId, limit, onClose }: { contractId: string; limit: number; onClose(): void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { changeLimit } = useHourlyControls();
  // Named as the API names it, so its refusal lands on the field.
  const form = useForm<{ weeklyLimitHours: number | '' }>({
    initialValues: { weeklyLimitHours: limit },
    validate: {
      weeklyLimitHours: (value) => (value !== '' && value >= 1 && value <= 80 ? null : t('hourly.limitRange')),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal opened onClose={onClose} title={t('hourly.changeLimitTitle')}>
      <form
        noValidate
        onSubmit={submit(async ({ weeklyLimitHours }) => {
          await changeLimit(contractId, Number(weeklyLimitHours));
          notifications.show({ color: 'green', message: t('hourly.limitChanged') });
          onClose();
        })}
      >
        <Stack>
          <Text size="sm">{t('hourly.changeLimitIntro', { hours: limit })}</Text>
          <FormError message={formError} />
          <NumberInput
            label={t('hourly.limitLabel')}
            min={1}
            max={80}
            allowDecimal={false}
            required
            {...form.getInputProps('weeklyLimitHours')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting}>
              {t('hourly.changeLimit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** How the business's weeks are paid: from its saved card as they begin, or by hand; a declined card asks for another. */
function WeeklyCharge() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { data } = useSavedCard();
  if (!data) return null;
  const card = data.savedCard;
  const billing = (
    <Anchor component={Link} to="/billing" size="sm">
      {t('billing.card.manage')}
    </Anchor>
  );
  if (card?.failedAt) {
    return (
      <Alert color="red" title={t('billing.card.failedTitle')} role="alert">
        <Stack gap={4}>
          <Text size="sm">{t('billing.card.failedBody', { message: card.failureMessage })}</Text>
          {billing}
        </Stack>
      </Alert>
    );
  }
  return (
    <Group gap="xs">
      <Text size="sm" c="dimmed">
        {card ? t('hourly.paidFromCard', { last4: card.last4 ?? '' }) : t('hourly.paidByHand')}
      </Text>
      {billing}
    </Group>
  );
}
