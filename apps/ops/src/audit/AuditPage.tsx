import { ErrorState, Pager, useViewer } from '@delegate/ui';
import { Code, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useAuditLog } from './use-audit-log';

const PAGE_SIZE = 25;
/** The kinds of record ops actions touch. */
const TARGET_TYPES = ['vetting_application', 'skill_test', 'skill_test_attempt', 'user'];

/** The audit log for ops admins: newest first, filterable by action, record and period. */
export function AuditPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [offset, setOffset] = useState(0);
  const [filters, setFilters] = useState({ action: '', targetType: '', targetId: '', from: '', to: '' });
  const [debounced] = useDebouncedValue(filters, 300);
  const day = (date: string) => (date ? new Date(`${date}T00:00:00Z`).toISOString() : null);
  const { data, loading, error, refetch } = useAuditLog({
    offset,
    limit: PAGE_SIZE,
    action: debounced.action.trim() || null,
    targetType: debounced.targetType || null,
    targetId: debounced.targetId.trim() || null,
    from: day(debounced.from),
    // The end date is inclusive for the reader: up to the start of the next day.
    to: debounced.to ? new Date(new Date(`${debounced.to}T00:00:00Z`).getTime() + 86_400_000).toISOString() : null,
  });
  const setFilter = (name: keyof typeof filters) => (value: string) => {
    setFilters((current) => ({ ...current, [name]: value }));
    setOffset(0);
  };
  const when = (iso: string) =>
    intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'audit.title' })}
      </Title>
      <Text c="dimmed">{intl.formatMessage({ id: 'audit.body' })}</Text>
      <Group align="flex-end">
        <TextInput
          label={intl.formatMessage({ id: 'audit.filterAction' })}
          placeholder="vetting.reject"
          value={filters.action}
          onChange={(event) => setFilter('action')(event.currentTarget.value)}
        />
        <Select
          label={intl.formatMessage({ id: 'audit.filterTargetType' })}
          data={TARGET_TYPES}
          value={filters.targetType || null}
          onChange={(value) => setFilter('targetType')(value ?? '')}
          clearable
        />
        <TextInput
          label={intl.formatMessage({ id: 'audit.filterTargetId' })}
          value={filters.targetId}
          onChange={(event) => setFilter('targetId')(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={intl.formatMessage({ id: 'audit.filterFrom' })}
          value={filters.from}
          onChange={(event) => setFilter('from')(event.currentTarget.value)}
        />
        <TextInput
          type="date"
          label={intl.formatMessage({ id: 'audit.filterTo' })}
          value={filters.to}
          onChange={(event) => setFilter('to')(event.currentTarget.value)}
        />
      </Group>
      {loading && !data && <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.auditLog.totalCount === 0 && <Text c="dimmed">{intl.formatMessage({ id: 'audit.empty' })}</Text>}
      {data && data.auditLog.items.length > 0 && (
        <Table.ScrollContainer minWidth={720}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'audit.when' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'audit.action' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'audit.actor' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'audit.target' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'audit.details' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.auditLog.items.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>{when(entry.createdAt)}</Table.Td>
                  <Table.Td>
                    <Code>{entry.action}</Code>
                  </Table.Td>
                  <Table.Td>{entry.actorName ?? intl.formatMessage({ id: 'audit.system' })}</Table.Td>
                  <Table.Td>
                    {entry.targetType} {entry.targetId}
                  </Table.Td>
                  <Table.Td>
                    <Code block>{JSON.stringify(entry.details, null, 1)}</Code>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.auditLog.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
