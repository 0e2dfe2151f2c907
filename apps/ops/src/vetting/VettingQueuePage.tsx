import { ErrorState, Pager } from '@delegate/ui';
import {
  Anchor,
  Badge,
  Card,
  Group,
  Loader,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Switch,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { PipelineStage, QueueAssignment } from '../gql/graphql';
import { SLA_COLOUR, useAge } from './sla';
import { useVettingQueue } from './use-vetting';

const PAGE_SIZE = 25;
const STAGES: PipelineStage[] = ['SCREENING', 'SKILLS_TEST', 'INTERVIEW', 'REFERENCES', 'IDENTITY', 'DECISION'];

/** The vetting queues: a card per stage with its load and SLA state, and the chosen stage's applications, oldest first. */
export function VettingQueuePage() {
  const intl = useIntl();
  const age = useAge();
  const [stage, setStage] = useState<PipelineStage | null>(null);
  const [assignment, setAssignment] = useState<QueueAssignment>('ANY');
  const [returned, setReturned] = useState(false);
  const [searchInput, setSearchInput] = useState('');
  const [search] = useDebouncedValue(searchInput.trim(), 300);
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useVettingQueue({
    stage,
    assignment,
    returned,
    search: search || null,
    offset,
    limit: PAGE_SIZE,
  });
  const choose =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      set(value);
      setOffset(0);
    };

  return (
    <Stack maw={1200}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'vetting.queue.title' })}
      </Title>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }}>
        {STAGES.map((name) => {
          const summary = data?.vettingStageSummaries.find((row) => row.stage === name);
          return (
            <UnstyledButton
              key={name}
              onClick={() => choose(setStage)(stage === name ? null : name)}
              aria-pressed={stage === name}
            >
              <Card withBorder padding="sm" bg={stage === name ? 'var(--mantine-color-indigo-light)' : undefined}>
                <Text size="sm" fw={600}>
                  {intl.formatMessage({ id: `pipeline.stage.${name}` })}
                </Text>
                <Text size="xl" fw={700}>
                  {summary?.total ?? '–'}
                </Text>
                <Group gap={4}>
                  {(summary?.overdue ?? 0) > 0 && (
                    <Badge color="red" size="xs">
                      {intl.formatMessage({ id: 'vetting.queue.overdue' }, { count: summary?.overdue ?? 0 })}
                    </Badge>
                  )}
                  {(summary?.dueSoon ?? 0) > 0 && (
                    <Badge color="yellow" size="xs">
                      {intl.formatMessage({ id: 'vetting.queue.dueSoon' }, { count: summary?.dueSoon ?? 0 })}
                    </Badge>
                  )}
                  <Badge color="gray" size="xs" variant="light">
                    {intl.formatMessage({ id: 'vetting.queue.unclaimed' }, { count: summary?.unclaimed ?? 0 })}
                  </Badge>
                </Group>
              </Card>
            </UnstyledButton>
          );
        })}
      </SimpleGrid>
      <Group align="flex-end">
        <SegmentedControl
          value={assignment}
          onChange={(value) => choose(setAssignment)(value as QueueAssignment)}
          data={(['ANY', 'UNCLAIMED', 'MINE'] as const).map((value) => ({
            value,
            label: intl.formatMessage({ id: `vetting.queue.assignment.${value}` }),
          }))}
          aria-label={intl.formatMessage({ id: 'vetting.queue.assignmentLabel' })}
        />
        <Switch
          label={intl.formatMessage({ id: 'vetting.queue.returned' })}
          checked={returned}
          onChange={(event) => choose(setReturned)(event.currentTarget.checked)}
        />
        <TextInput
          label={intl.formatMessage({ id: 'vetting.queue.search' })}
          value={searchInput}
          onChange={(event) => {
            setSearchInput(event.currentTarget.value);
            setOffset(0);
          }}
        />
      </Group>
      {loading && !data && <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {data && data.vettingQueue.totalCount === 0 && (
        <Text c="dimmed">{intl.formatMessage({ id: 'vetting.queue.empty' })}</Text>
      )}
      {data && data.vettingQueue.items.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table striped highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'vetting.queue.applicant' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'vetting.queue.stage' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'vetting.queue.waiting' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'vetting.queue.sla' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'vetting.queue.claimedBy' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.vettingQueue.items.map((item) => (
                <Table.Tr key={item.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/vetting/${item.id}`}>
                      {item.freelancer.displayName}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {item.freelancer.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>{intl.formatMessage({ id: `pipeline.stage.${item.stage}` })}</Table.Td>
                  <Table.Td>{age(item.stageEnteredAt)}</Table.Td>
                  <Table.Td>
                    {/* While the application is back with the VA, the stage's clock is not running. */}
                    {item.status === 'RETURNED' ? (
                      <Text size="sm" c="dimmed">
                        {intl.formatMessage({ id: 'application.status.RETURNED' })}
                      </Text>
                    ) : (
                      <Badge color={SLA_COLOUR[item.slaStatus]} variant="light">
                        {intl.formatMessage({ id: `vetting.sla.${item.slaStatus}` })}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {item.claimedBy?.displayName ?? (
                      <Text c="dimmed" size="sm">
                        {intl.formatMessage({ id: 'vetting.queue.nobody' })}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.vettingQueue.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
