import {
  ContractEventList,
  ErrorState,
  FormError,
  formatMoney,
  openConfirmModal,
  ShareToVaInput,
  useFormSubmit,
  useViewer,
} from '@delegate/ui';
import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useDispute } from './use-disputes';

/** One dispute for ops: both sides' words, the contract's timeline as evidence, and the decision. */
export function DisputePage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const { data, loading, error, refetch, decide } = useDispute(id);
  const form = useForm<{ percent: number | string; note: string }>({
    initialValues: { percent: 50, note: '' },
    validate: {
      percent: (value) => (Number(value) >= 0 && Number(value) <= 100 ? null : t('errors.field.max')),
      note: (value) => (value.trim().length >= 10 ? null : t('errors.field.tooShort')),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { dispute, disputeEvidence, disputeMessages } = data;
  const money = (minor: number) => formatMoney(intl, minor, dispute.currency);
  const date = (value: string) =>
    intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });
  return (
    <Stack maw={900}>
      <Anchor component={Link} to="/disputes" size="sm">
        {t('dispute.back')}
      </Anchor>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {dispute.milestoneTitle} · {money(dispute.milestoneAmountMinor)}
        </Title>
        <Badge variant="light">{t(`dispute.status.${dispute.status}`)}</Badge>
      </Group>
      <Card withBorder>
        <Stack gap={4}>
          <Text size="sm">
            {t(dispute.openedBySide === 'CLIENT' ? 'dispute.openedByClient' : 'dispute.openedByFreelancer')}:{' '}
            {dispute.reason}
          </Text>
          {dispute.proposalFreelancerBps != null && (
            <Text size="sm">
              {t('dispute.lastProposal', {
                side: t(`dispute.side.${dispute.proposalSide}`),
                va: dispute.proposalFreelancerBps / 100,
              })}
            </Text>
          )}
          {dispute.mediationEndsAt && (
            <Text size="xs" c="dimmed">
              {t('dispute.mediationEnds', { date: date(dispute.mediationEndsAt) })}
            </Text>
          )}
          {dispute.status === 'RESOLVED' && (
            <Text size="sm" data-testid="dispute-outcome">
              {t('dispute.resolved', {
                released: money(dispute.releasedMinor ?? 0),
                refunded: money(dispute.refundedMinor ?? 0),
              })}
              {dispute.decisionNote && ` — ${dispute.decisionNote}`}
            </Text>
          )}
        </Stack>
      </Card>
      {dispute.pendingApproval && (
        <Alert color="orange" title={t('dispute.awaitingSecondTitle')} data-testid="dispute-awaiting-approval">
          <Text size="sm">
            {t('dispute.awaitingSecondBody', {
              name: dispute.pendingApproval.requestedByName,
              va: (dispute.pendingApproval.freelancerShareBps ?? 0) / 100,
            })}
            {dispute.pendingApproval.note && ` — ${dispute.pendingApproval.note}`}
          </Text>
          <Anchor component={Link} to="/approvals" size="sm">
            {t('dispute.openApprovals')}
          </Anchor>
        </Alert>
      )}
      {dispute.status === 'MEDIATION' && !dispute.pendingApproval && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('dispute.decide')}
          </Title>
          <form
            onSubmit={submit(
              ({ percent, note }) =>
                new Promise<void>((resolve, reject) =>
                  openConfirmModal({
                    title: t('dispute.decideTitle'),
                    children: <Text size="sm">{t('dispute.decideBody', { va: Number(percent) })}</Text>,
                    labels: { confirm: t('dispute.decide'), cancel: t('common.cancel') },
                    onCancel: () => resolve(),
                    onConfirm: () =>
                      void decide({
                        disputeId: dispute.id,
                        freelancerShareBps: Math.round(Number(percent) * 100),
                        note: note.trim(),
                      }).then(() => resolve(), reject),
                  }),
                ),
            )}
          >
            <Stack>
              <ShareToVaInput {...form.getInputProps('percent')} />
              <Textarea
                label={t('dispute.decisionNote')}
                autosize
                minRows={3}
                maxLength={2_000}
                {...form.getInputProps('note')}
              />
              <FormError message={formError} />
              <Button type="submit" loading={submitting}>
                {t('dispute.decide')}
              </Button>
            </Stack>
          </form>
        </Card>
      )}
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('dispute.evidence')}
        </Title>
        <ContractEventList events={disputeEvidence.items} currency={dispute.currency} />
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('dispute.messages')}
        </Title>
        {disputeMessages.items.length === 0 ? (
          <Text c="dimmed">{t('dispute.noMessages')}</Text>
        ) : (
          <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {disputeMessages.totalCount > disputeMessages.items.length && (
              <Text size="xs" c="dimmed">
                {t('dispute.latestMessages', {
                  shown: disputeMessages.items.length,
                  total: disputeMessages.totalCount,
                })}
              </Text>
            )}
            {disputeMessages.items.map((message) => (
              <li key={message.id} data-testid="dispute-message">
                <Text size="sm" fw={600}>
                  {message.authorName} · {t(message.fromFreelancer ? 'dispute.side.FREELANCER' : 'dispute.side.CLIENT')}
                </Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {message.body}
                </Text>
                <Text size="xs" c="dimmed">
                  {date(message.createdAt)}
                </Text>
              </li>
            ))}
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
