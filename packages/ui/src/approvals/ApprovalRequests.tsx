import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useViewer } from '../account/use-viewer';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import type { ApprovalRequestsQuery as ApprovalRequestsData } from '../gql/graphql';
import { ErrorState } from '../layout/ErrorState';
import { Pager } from '../layout/Pager';
import { formatMoney } from '../money/format-money';
import { useApprovalActions, useApprovalRequests } from './use-approvals';

export type ApprovalRequestView = ApprovalRequestsData['approvalRequests']['items'][number];

const PAGE = 20;
const STATUS_COLORS: Record<string, string> = {
  PENDING: 'orange',
  APPROVED: 'green',
  REJECTED: 'red',
  CANCELLED: 'gray',
};

/**
 * Approval requests, newest first: those waiting (or all). Approvers (an organisation's admins, ops)
 * approve or reject with a note; whoever asked may withdraw their own. `linkOf` says where each
 * request's subject is read.
 */
export function ApprovalRequests({
  decides,
  linkOf,
}: {
  decides: boolean;
  linkOf(request: ApprovalRequestView): string | null;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { viewer } = useViewer();
  const [filter, setFilter] = useState<'PENDING' | 'ALL'>('PENDING');
  const [offset, setOffset] = useState(0);
  const [deciding, setDeciding] = useState<{ request: ApprovalRequestView; verdict: 'APPROVE' | 'REJECT' } | null>(
    null,
  );
  const [problem, setProblem] = useState<string | null>(null);
  const { data, loading, error, refetch } = useApprovalRequests(filter === 'PENDING', offset, PAGE);
  const { withdraw: cancel } = useApprovalActions();
  const percent = (bps: number) => intl.formatNumber(bps / 10_000, { style: 'percent', maximumFractionDigits: 2 });
  const withdraw = (request: ApprovalRequestView) =>
    openConfirmModal({
      title: t('approvals.withdrawTitle'),
      children: <Text size="sm">{t(`approvals.withdrawBody.${request.kind}`)}</Text>,
      labels: { confirm: t('approvals.withdraw'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => {
        setProblem(null);
        void cancel(request.id).catch((failure) => setProblem(describeError(failure, intl).message));
      },
    });
  const items = data?.approvalRequests.items ?? [];
  return (
    <Card withBorder>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('approvals.requests')}
        </Title>
        <SegmentedControl
          aria-label={t('approvals.filter')}
          value={filter}
          onChange={(value) => {
            setFilter(value as 'PENDING' | 'ALL');
            setOffset(0);
          }}
          data={[
            { value: 'PENDING', label: t('approvals.filter.pending') },
            { value: 'ALL', label: t('approvals.filter.all') },
          ]}
        />
      </Group>
      <FormError message={problem} />
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && items.length === 0 && (
        <Text c="dimmed">{t(filter === 'PENDING' ? 'approvals.nonePending' : 'approvals.none')}</Text>
      )}
      {items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('approvals.what')}</Table.Th>
                <Table.Th>{t('approvals.amount')}</Table.Th>
                <Table.Th>{t('approvals.requestedBy')}</Table.Th>
                <Table.Th>{t('approvals.status')}</Table.Th>
                <Table.Th>{t('contract.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((request) => {
                const link = linkOf(request);
                const mine = request.requestedBy === viewer?.id;
                return (
                  <Table.Tr key={request.id} data-testid="approval-request">
                    <Table.Td>
                      <Text size="sm" fw={500}>
                        {link ? (
                          <Anchor component={Link} to={link}>
                            {t(`approvals.kind.${request.kind}`)}
                          </Anchor>
                        ) : (
                          t(`approvals.kind.${request.kind}`)
                        )}
                      </Text>
                      {request.freelancerShareBps != null && (
                        <Text size="xs">
                          {t('approvals.split', {
                            va: percent(request.freelancerShareBps),
                            client: percent(10_000 - request.freelancerShareBps),
                          })}
                        </Text>
                      )}
                      {request.note && (
                        <Text size="xs" c="dimmed">
                          {request.note}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{formatMoney(intl, request.amountMinor, request.currency)}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{request.requestedByName}</Text>
                      <Text size="xs" c="dimmed">
                        {intl.formatDate(request.createdAt, {
                          dateStyle: 'medium',
                          timeStyle: 'short',
                          timeZone: viewer?.timeZone,
                        })}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[request.status] ?? 'gray'}>
                        {t(`approvals.status.${request.status}`)}
                      </Badge>
                      {request.decidedByName && (
                        <Text size="xs" c="dimmed">
                          {request.decidedByName}
                          {request.decisionNote && ` — ${request.decisionNote}`}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {request.status === 'PENDING' && (
                        <Group gap="xs">
                          {decides && !mine && (
                            <>
                              <Button
                                size="xs"
                                color="green"
                                onClick={() => setDeciding({ request, verdict: 'APPROVE' })}
                              >
                                {t('approvals.approve')}
                              </Button>
                              <Button
                                size="xs"
                                variant="default"
                                onClick={() => setDeciding({ request, verdict: 'REJECT' })}
                              >
                                {t('approvals.reject')}
                              </Button>
                            </>
                          )}
                          {mine && (
                            <Button size="xs" variant="subtle" color="red" onClick={() => withdraw(request)}>
                              {t('approvals.withdraw')}
                            </Button>
                          )}
                        </Group>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <Pager offset={offset} limit={PAGE} total={data.approvalRequests.totalCount} onChange={setOffset} />}
      {deciding && <DecideDialog {...deciding} onClose={() => setDeciding(null)} />}
    </Card>
  );
}

/** Approving carries the action out (money may move), so the approver confirms it, with an optional note. */
function DecideDialog({
  request,
  verdict,
  onClose,
}: {
  request: ApprovalRequestView;
  verdict: 'APPROVE' | 'REJECT';
  onClose(): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { decide } = useApprovalActions();
  const form = useForm({ initialValues: { note: '' } });
  const { submit, formError, submitting } = useFormSubmit(form);
  const amount = formatMoney(intl, request.amountMinor, request.currency);
  const approve = verdict === 'APPROVE';
  return (
    <Modal opened onClose={onClose} title={t(approve ? 'approvals.approveTitle' : 'approvals.rejectTitle')}>
      <form
        onSubmit={submit(async ({ note }) => {
          await decide({ requestId: request.id, verdict, note });
          onClose();
        })}
      >
        <Stack>
          <Text size="sm">
            {t(approve ? `approvals.approveBody.${request.kind}` : `approvals.rejectBody.${request.kind}`, {
              amount,
              name: request.requestedByName,
            })}
          </Text>
          <Textarea
            label={t('approvals.note')}
            autosize
            minRows={2}
            maxLength={2000}
            data-autofocus
            {...form.getInputProps('note')}
          />
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={approve ? 'green' : 'red'} loading={submitting}>
              {t(approve ? 'approvals.approve' : 'approvals.reject')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
