import { ErrorState, Pager, useViewer } from '@delegate/ui';
import { Anchor, Badge, Button, Group, Loader, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { JobStatus } from '../gql/graphql';
import { STATUS_COLOUR } from './job-status';
import { useJobPosts } from './use-job-posts';

const PAGE_SIZE = 25;
const FILTERS = ['ALL', 'DRAFT', 'OPEN', 'PAUSED', 'CLOSED'] as const;

/** The organisation's job posts, most recently changed first. */
export function JobsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('ALL');
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useJobPosts(
    filter === 'ALL' ? null : (filter as JobStatus),
    offset,
    PAGE_SIZE,
  );
  const day = (instant: string | null | undefined) =>
    instant ? intl.formatDate(instant, { dateStyle: 'medium', timeZone: viewer?.timeZone }) : '–';

  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {intl.formatMessage({ id: 'jobs.title' })}
        </Title>
        <Button component={Link} to="/jobs/new">
          {intl.formatMessage({ id: 'jobs.new' })}
        </Button>
      </Group>
      <SegmentedControl
        value={filter}
        onChange={(value) => {
          setFilter(value as (typeof FILTERS)[number]);
          setOffset(0);
        }}
        data={FILTERS.map((value) => ({ value, label: intl.formatMessage({ id: `jobs.filter.${value}` }) }))}
        aria-label={intl.formatMessage({ id: 'jobs.filterLabel' })}
        style={{ alignSelf: 'flex-start' }}
      />
      {loading && !data && <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.myJobPosts.totalCount === 0 && <Text c="dimmed">{intl.formatMessage({ id: 'jobs.empty' })}</Text>}
      {data && data.myJobPosts.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{intl.formatMessage({ id: 'jobs.postTitle' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'jobs.status' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'jobs.published' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'jobs.expires' })}</Table.Th>
                <Table.Th>{intl.formatMessage({ id: 'candidates.title' })}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.myJobPosts.items.map((job) => (
                <Table.Tr key={job.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/jobs/${job.id}`}>
                      {job.title || intl.formatMessage({ id: 'jobs.untitled' })}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOUR[job.status]} variant="light">
                      {intl.formatMessage({ id: `jobs.statusName.${job.status}` })}
                    </Badge>
                  </Table.Td>
                  <Table.Td>{day(job.publishedAt)}</Table.Td>
                  <Table.Td>{day(job.expiresAt)}</Table.Td>
                  <Table.Td>
                    {job.status !== 'DRAFT' && (
                      <Anchor component={Link} to={`/jobs/${job.id}/candidates`}>
                        {intl.formatMessage({ id: 'candidates.see' })}
                      </Anchor>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.myJobPosts.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
