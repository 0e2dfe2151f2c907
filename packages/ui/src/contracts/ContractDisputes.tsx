import { Badge, Button, Card, Group, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { formatMoney } from '../money/format-money';
import { ShareToVaInput } from './ContractEventList';
import { useContractDisputes, useDisputeActions, useMilestoneActions } from './use-contract-data';

type Side = 'client' | 'freelancer';
const STATUS_COLORS: Record<string, string> = {
  NEGOTIATION: 'orange',
  MEDIATION: 'red',
  RESOLVED: 'green',
  WITHDRAWN: 'gray',
};

/** A contract's disputes: the open ones with what each side may do next, then the settled ones. */
export function ContractDisputes({ contractId, side }: { contractId: string; side: Side }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { data } = useContractDisputes(contractId);
  const [proposing, setProposing] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { accept, escalate, withdraw } = useDisputeActions();
  const disputes = data?.contractDisputes ?? [];
  if (disputes.length === 0) return null;
  const mine = side === 'client' ? 'CLIENT' : 'FREELANCER';
  const run = (action: () => Promise<unknown>) => {
    setProblem(null);
    void action().catch((error) => setProblem(describeError(error, intl).message));
  };
  const confirm = (title: string, body: string, label: string, action: () => Promise<unknown>) =>
    openConfirmModal({
      title,
      children: <Text size="sm">{body}</Text>,
      labels: { confirm: label, cancel: t('common.cancel') },
      onConfirm: () => run(action),
    });
  const percent = (bps: number) => intl.formatNumber(bps / 10_000, { style: 'percent', maximumFractionDigits: 2 });
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('dispute.title')}
      </Title>
      <FormError message={problem} />
      <Stack>
        {disputes.map((dispute) => {
          const open = dispute.status === 'NEGOTIATION' || dispute.status === 'MEDIATION';
          const proposal = dispute.proposalFreelancerBps;
          return (
            <Stack key={dispute.id} gap={4} data-testid="dispute">
              <Group justify="space-between">
                <Text fw={600}>{dispute.milestoneTitle}</Text>
                <Badge variant="light" color={STATUS_COLORS[dispute.status]}>
                  {t(`dispute.status.${dispute.status}`)}
                </Badge>
              </Group>
              <Text size="sm">
                {t(dispute.openedBySide === 'CLIENT' ? 'dispute.openedByClient' : 'dispute.openedByFreelancer')}:{' '}
                {dispute.reason}
              </Text>
              {open && proposal != null && (
                <Text size="sm">
                  {t(dispute.proposalSide === mine ? 'dispute.youProposed' : 'dispute.theyProposed', {
                    va: percent(proposal),
                    client: percent(10_000 - proposal),
                  })}
                </Text>
              )}
              {dispute.pendingApproval && (
                <Text size="sm" c="orange">
                  {t('dispute.awaitingApproval', { name: dispute.pendingApproval.requestedByName })}
                </Text>
              )}
              {open && dispute.status === 'NEGOTIATION' && dispute.respondBy && (
                <Text size="xs" c="dimmed">
                  {t('dispute.respondBy', { date: intl.formatDate(dispute.respondBy, { dateStyle: 'medium' }) })}
                </Text>
              )}
              {dispute.status === 'MEDIATION' && dispute.mediationEndsAt && (
                <Text size="xs" c="dimmed">
                  {t('dispute.mediationEnds', {
                    date: intl.formatDate(dispute.mediationEndsAt, { dateStyle: 'medium' }),
                  })}
                </Text>
              )}
              {dispute.status === 'RESOLVED' && (
                <Text size="sm">
                  {t('dispute.resolved', {
                    released: formatMoney(intl, dispute.releasedMinor ?? 0, dispute.currency),
                    refunded: formatMoney(intl, dispute.refundedMinor ?? 0, dispute.currency),
                  })}
                  {dispute.decisionNote && ` — ${dispute.decisionNote}`}
                </Text>
              )}
              {open && (
                <Group gap="xs">
                  <Button size="xs" variant="default" onClick={() => setProposing(dispute.id)}>
                    {t('dispute.propose')}
                  </Button>
                  {proposal != null && dispute.proposalSide !== mine && (
                    <Button
                      size="xs"
                      color="green"
                      onClick={() =>
                        confirm(
                          t('dispute.acceptTitle'),
                          t('dispute.acceptBody', { va: percent(proposal), client: percent(10_000 - proposal) }),
                          t('dispute.accept'),
                          () => accept(dispute.id),
                        )
                      }
                    >
                      {t('dispute.accept')}
                    </Button>
                  )}
                  {dispute.status === 'NEGOTIATION' && (
                    <Button
                      size="xs"
                      variant="default"
                      onClick={() =>
                        confirm(t('dispute.escalateTitle'), t('dispute.escalateBody'), t('dispute.escalate'), () =>
                          escalate(dispute.id),
                        )
                      }
                    >
                      {t('dispute.escalate')}
                    </Button>
                  )}
                  {dispute.openedBySide === mine && (
                    <Button
                      size="xs"
                      variant="subtle"
                      onClick={() =>
                        confirm(t('dispute.withdrawTitle'), t('dispute.withdrawBody'), t('dispute.withdraw'), () =>
                          withdraw(dispute.id),
                        )
                      }
                    >
                      {t('dispute.withdraw')}
                    </Button>
                  )}
                </Group>
              )}
            </Stack>
          );
        })}
      </Stack>
      {proposing && <ProposeDialog disputeId={proposing} onClose={() => setProposing(null)} />}
    </Card>
  );
}

function ProposeDialog({ disputeId, onClose }: { disputeId: string; onClose: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { propose } = useDisputeActions();
  const form = useForm<{ percent: number | string }>({
    initialValues: { percent: 50 },
    validate: { percent: (value) => (Number(value) >= 0 && Number(value) <= 100 ? null : t('errors.field.max')) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal opened onClose={onClose} title={t('dispute.proposeTitle')}>
      <form
        onSubmit={submit(async ({ percent }) => {
          await propose(disputeId, Math.round(Number(percent) * 100));
          onClose();
        })}
      >
        <Stack>
          <ShareToVaInput data-autofocus {...form.getInputProps('percent')} />
          <FormError message={formError} />
          <Button type="submit" loading={submitting}>
            {t('dispute.propose')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

/** Opening a dispute on a milestone: the reason, then it freezes. */
export function OpenDisputeDialog({
  milestone,
  onClose,
}: {
  milestone: { id: string; title: string };
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const { openDispute } = useMilestoneActions();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length >= 10 ? null : t('errors.field.tooShort')) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal opened onClose={onClose} title={t('dispute.openTitle', { title: milestone.title })}>
      <form
        onSubmit={submit(async ({ reason }) => {
          await openDispute(milestone.id, reason.trim());
          onClose();
        })}
      >
        <Stack>
          <Text size="sm">{t('dispute.openIntro')}</Text>
          <Textarea
            label={t('dispute.reason')}
            autosize
            minRows={3}
            maxLength={2_000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <FormError message={formError} />
          <Button type="submit" color="red" loading={submitting}>
            {t('dispute.open')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
