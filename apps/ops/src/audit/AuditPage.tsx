import { useQuery } from '@apollo/client/react';
import { ErrorState, Pager, useViewer } from '@delegate/ui';
import { Code, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { AuditLogQuery } from './graphql/audit-log';

const PAGE_SIZE = 25;

/** The audit log for ops admins: newest first, filterable by action. */
export function AuditPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [offset, setOffset] = useState(0);
  const [actionFilter, setActionFilter] = useState('');
  const [action] = useDebouncedValue(actionFilter.trim(), 300);
  const { data, loading, error, refetch } = useQuery(AuditLogQuery, {
    variables: { offset, limit: PAGE_SIZE, action: action || null },
  });
  const when = (iso: string) =>
    intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });

  return (
    <Stack maw={1100}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'audit.title' })}
      </Title>
      <Text c="dimmed">{intl.formatMessage({ id: 'audit.body' })}</Text>
      <TextInput
        label={intl.formatMessage({ id: 'audit.filterAction' })}
        placeholder="ops_account.created"
        value={actionFilter}
        onChange={(event) => {
          setActionFilter(event.currentTarget.value);
          setOffset(0);
        }}
        maw={360}
      />
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
                  <Table.Td>{entry.actorId ?? intl.formatMessage({ id: 'audit.system' })}</Table.Td>
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
