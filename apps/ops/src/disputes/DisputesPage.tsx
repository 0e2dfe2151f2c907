import { ErrorState, formatMoney, Pager, useViewer } from '@delegate/ui';
import { Anchor, Badge, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { DisputeStatus } from '../gql/graphql';
import { useDisputes } from './use-disputes';

const PAGE_SIZE = 25;
const FILTERS = ['MEDIATION', 'NEGOTIATION', 'RESOLVED', 'ALL'] as const;

/** Disputes for ops, those waiting for a decision first. */
export function DisputesPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string) => intl.formatMessage({ id });
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('MEDIATION');
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useDisputes(
    filter === 'ALL' ? null : (filter as DisputeStatus),
    offset,
    PAGE_SIZE,
  );
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('dispute.opsTitle')}
      </Title>
      <SegmentedControl
        value={filter}
        onChange={(value) => {
          setFilter(value as (typeof FILTERS)[number]);
          setOffset(0);
        }}
        data={FILTERS.map((value) => ({ value, label: t(`dispute.filter.${value}`) }))}
        aria-label={t('dispute.opsTitle')}
      />
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.disputes.totalCount === 0 && <Text c="dimmed">{t('dispute.none')}</Text>}
      {data && data.disputes.items.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('contract.milestone')}</Table.Th>
              <Table.Th>{t('contract.amount')}</Table.Th>
              <Table.Th>{t('dispute.openedBy')}</Table.Th>
              <Table.Th>{t('dispute.opened')}</Table.Th>
              <Table.Th>{t('contracts.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.disputes.items.map((dispute) => (
              <Table.Tr key={dispute.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/disputes/${dispute.id}`}>
                    {dispute.milestoneTitle}
                  </Anchor>
                </Table.Td>
                <Table.Td>{formatMoney(intl, dispute.milestoneAmountMinor, dispute.currency)}</Table.Td>
                <Table.Td>{t(`dispute.side.${dispute.openedBySide}`)}</Table.Td>
                <Table.Td>
                  {intl.formatDate(dispute.createdAt, { dateStyle: 'medium', timeZone: viewer?.timeZone })}
                </Table.Td>
                <Table.Td>
                  <Badge variant="light">{t(`dispute.status.${dispute.status}`)}</Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.disputes.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
