import { describeError, ErrorState, FormError, formatMoney, Pager, useViewer } from '@delegate/ui';
import { Anchor, Badge, Button, Card, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ReconciliationRunsQuery as RunsResult } from '../gql/graphql';
import { useReconciliationDifferences, useReconciliationRuns } from './use-reconciliation';

type Run = RunsResult['reconciliationRuns']['items'][number];

const PAGE_SIZE = 10;

/**
 * The payment provider compared with the ledger: runs (daily, or started here) and, for the chosen
 * run, every payment, refund or transfer whose amount or state differs from what was booked.
 */
export function ReconciliationPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [offset, setOffset] = useState(0);
  const [chosen, setChosen] = useState<string | null>(null);
  const { runs, runNow, running } = useReconciliationRuns(offset, PAGE_SIZE);
  const items = runs.data?.reconciliationRuns.items ?? [];
  const runId = chosen ?? items[0]?.id ?? null;
  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {t('reconciliation.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('reconciliation.intro')}
          </Text>
        </div>
        <Button
          loading={running.loading}
          onClick={() =>
            void runNow()
              .then((result) => {
                setOffset(0);
                setChosen(result.data?.runReconciliation.id ?? null);
              })
              .catch(() => undefined)
          }
        >
          {t('reconciliation.runNow')}
        </Button>
      </Group>
      {running.error && <FormError message={describeError(running.error, intl).message} />}
      {runs.loading && !runs.data && <Loader aria-label={t('common.loading')} />}
      {runs.error && !runs.data && <ErrorState error={runs.error} onRetry={() => void runs.refetch()} />}
      {runs.data && runs.data.reconciliationRuns.totalCount === 0 && <Text c="dimmed">{t('reconciliation.none')}</Text>}
      {items.length > 0 && (
        <Card withBorder>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reconciliation.started')}</Table.Th>
                <Table.Th>{t('reconciliation.startedBy')}</Table.Th>
                <Table.Th ta="right">{t('reconciliation.checked')}</Table.Th>
                <Table.Th>{t('reconciliation.result')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((item) => (
                <RunRow key={item.id} run={item} chosen={item.id === runId} onChoose={setChosen} />
              ))}
            </Table.Tbody>
          </Table>
          <Pager
            offset={offset}
            limit={PAGE_SIZE}
            total={runs.data?.reconciliationRuns.totalCount ?? 0}
            onChange={setOffset}
          />
        </Card>
      )}
      {runId && <Differences runId={runId} />}
    </Stack>
  );
}

function RunRow({ run, chosen, onChoose }: { run: Run; chosen: boolean; onChoose: (id: string) => void }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  return (
    <Table.Tr bg={chosen ? 'var(--mantine-color-blue-light)' : undefined}>
      <Table.Td>
        {intl.formatDate(run.startedAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone })}
      </Table.Td>
      <Table.Td>{run.triggeredByName ?? t('reconciliation.schedule')}</Table.Td>
      <Table.Td ta="right">{intl.formatNumber(run.checkedCount)}</Table.Td>
      <Table.Td>
        {!run.finishedAt ? (
          <Badge color="yellow" variant="light">
            {t('reconciliation.unfinished')}
          </Badge>
        ) : run.differenceCount === 0 ? (
          <Badge color="green" variant="light">
            {t('reconciliation.agree')}
          </Badge>
        ) : (
          <Badge color="red" variant="light">
            {t('reconciliation.differenceCount', { count: run.differenceCount })}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => onChoose(run.id)}
          aria-pressed={chosen}
          disabled={!run.finishedAt}
        >
          {t('reconciliation.show')}
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

function Differences({ runId }: { runId: string }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { data, loading, error, refetch } = useReconciliationDifferences(runId);
  const money = (minor: number | null | undefined, currency: string) =>
    minor === null || minor === undefined ? '—' : formatMoney(intl, minor, currency);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('reconciliation.differences')}
      </Title>
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.reconciliationDifferences.length === 0 && (
        <Text c="dimmed">{t('reconciliation.noDifferences')}</Text>
      )}
      {data && data.reconciliationDifferences.length > 0 && (
        <Table striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reconciliation.kind')}</Table.Th>
              <Table.Th>{t('reconciliation.object')}</Table.Th>
              <Table.Th ta="right">{t('reconciliation.ledger')}</Table.Th>
              <Table.Th ta="right">{t('reconciliation.provider')}</Table.Th>
              <Table.Th>{t('reconciliation.milestone')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {data.reconciliationDifferences.map((difference) => (
              <Table.Tr key={difference.id}>
                <Table.Td>
                  <Text size="sm">{t(`reconciliation.kind.${difference.kind}`)}</Text>
                  {difference.repaired && (
                    <Badge color="green" variant="light" size="sm">
                      {t('reconciliation.repaired')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  {t(`reconciliation.object.${difference.objectType}`)} <Code>{difference.providerObjectId}</Code>
                </Table.Td>
                <Table.Td ta="right">{money(difference.ledgerMinor, difference.currency)}</Table.Td>
                <Table.Td ta="right">
                  {money(difference.providerMinor, difference.currency)}
                  {difference.providerStatus && (
                    <Text size="xs" c="dimmed">
                      {difference.providerStatus}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {difference.milestoneId && (
                    <Anchor component={Link} to={`/ledger?milestone=${difference.milestoneId}`}>
                      {t('reconciliation.postings')}
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Card>
  );
}
