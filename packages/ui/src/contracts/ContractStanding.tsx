import { Alert, Button, Group, List, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import type { ContractStandingFieldsFragment } from '../gql/graphql';
import { useContractActions } from './use-contract-data';

/**
 * Where the contract stands, above its milestones: a paid trial (the client continues or ends), a
 * retainer under notice, or the end; and the "End contract" action with what it will do to the money.
 */
export function ContractStanding({
  contract,
  side,
  counterpart,
  canAct,
}: {
  contract: ContractStandingFieldsFragment;
  side: 'client' | 'freelancer';
  counterpart: string;
  /** Members who hire, and the VA: finance members only read. */
  canAct: boolean;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [ending, setEnding] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const { continueAfterTrial } = useContractActions();
  const day = (value: string) => intl.formatDate(`${value}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  const by = contract.endedBy ? t(`contract.side.${contract.endedBy}`) : '';
  const active = contract.status === 'ACTIVE' && !contract.endsOn;
  const confirmContinue = () =>
    openConfirmModal({
      title: t('contract.continueTitle', { name: counterpart }),
      children: (
        <Text size="sm">
          {t(contract.terms.kind === 'RETAINER' ? 'contract.continueBodyRetainer' : 'contract.continueBody')}
        </Text>
      ),
      labels: { confirm: t('contract.continue'), cancel: t('common.cancel') },
      onConfirm: () => {
        setProblem(null);
        void continueAfterTrial(contract.id).catch((error) => setProblem(describeError(error, intl).message));
      },
    });
  return (
    <Stack gap="xs">
      {contract.inTrial && (
        <Alert color="blue" title={t('contract.trialTitle')}>
          <Stack gap="xs">
            <Text size="sm">
              {t(side === 'client' ? 'contract.trialClient' : 'contract.trialFreelancer', { name: counterpart })}
            </Text>
            {side === 'client' && canAct && (
              <Group>
                <Button size="xs" onClick={confirmContinue}>
                  {t('contract.continue')}
                </Button>
              </Group>
            )}
          </Stack>
        </Alert>
      )}
      {contract.status === 'ACTIVE' && contract.endsOn && (
        <Alert color="orange" title={t('contract.noticeTitle', { date: day(contract.endsOn) })}>
          <Text size="sm">{t('contract.noticeGiven', { side: by })}</Text>
          {contract.endReason && <Text size="sm">{t('contract.endedReason', { reason: contract.endReason })}</Text>}
        </Alert>
      )}
      {contract.status === 'ENDED' && (
        <Alert color="gray" title={t('contract.endedTitle')}>
          <Text size="sm">
            {t('contract.endedBy', {
              side: by,
              date: contract.endedAt ? intl.formatDate(contract.endedAt, { dateStyle: 'long' }) : '',
            })}
          </Text>
          {contract.endReason && <Text size="sm">{t('contract.endedReason', { reason: contract.endReason })}</Text>}
        </Alert>
      )}
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      {active && canAct && (
        <Group justify="flex-end">
          <Button size="xs" variant="subtle" color="red" onClick={() => setEnding(true)}>
            {t('contract.end')}
          </Button>
        </Group>
      )}
      {ending && (
        <EndContractDialog contract={contract} side={side} counterpart={counterpart} onClose={() => setEnding(false)} />
      )}
    </Stack>
  );
}

function EndContractDialog({
  contract,
  side,
  counterpart,
  onClose,
}: {
  contract: ContractStandingFieldsFragment;
  side: 'client' | 'freelancer';
  counterpart: string;
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { end } = useContractActions();
  const form = useForm({ initialValues: { reason: '' } });
  const { submit, formError, submitting } = useFormSubmit(form);
  const noticeDays = contract.terms.kind === 'RETAINER' && !contract.inTrial ? (contract.terms.noticeDays ?? 0) : 0;
  return (
    <Modal opened onClose={onClose} title={t('contract.endTitle', { name: counterpart })}>
      <form
        onSubmit={submit(async ({ reason }) => {
          await end({ contractId: contract.id, reason: reason.trim() });
          onClose();
        })}
      >
        <Stack>
          <List size="sm" spacing={4}>
            {noticeDays > 0 && <List.Item>{t('contract.endNotice', { days: noticeDays })}</List.Item>}
            {contract.inTrial && <List.Item>{t('contract.endTrial')}</List.Item>}
            <List.Item>{t('contract.endUnpaid')}</List.Item>
            <List.Item>{t('contract.endHandedIn')}</List.Item>
            <List.Item>
              {side === 'client'
                ? t('contract.endHeldClient', { days: contract.windDownDays, name: counterpart })
                : t('contract.endHeldFreelancer')}
            </List.Item>
          </List>
          <Textarea
            label={t('contract.endReason')}
            autosize
            minRows={2}
            maxLength={2_000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {noticeDays > 0 ? t('contract.giveNotice', { days: noticeDays }) : t('contract.endConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
