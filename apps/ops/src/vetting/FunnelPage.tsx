import { ErrorState } from '@delegate/ui';
import { Card, Group, Loader, Progress, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useVettingFunnel } from './use-vetting';

const PERIODS = ['30', '90', '365'] as const;

/** How applications flow: per stage, how many entered, passed and were rejected, and how long it took. */
export function FunnelPage() {
  const intl = useIntl();
  const [days, setDays] = useState<(typeof PERIODS)[number]>('90');
  const period = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - Number(days) * 86_400_000).toISOString(), to: to.toISOString() };
  }, [days]);
  const { data, loading, error, refetch } = useVettingFunnel(period);
  const percent = (rate: number | null | undefined) =>
    rate === null || rate === undefined ? '–' : intl.formatNumber(rate, { style: 'percent', maximumFractionDigits: 1 });
  const hours = (value: number | null | undefined) =>
    value === null || value === undefined
      ? '–'
      : value < 48
        ? intl.formatNumber(value, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 })
        : intl.formatNumber(value / 24, { style: 'unit', unit: 'day', maximumFractionDigits: 1 });
  const funnel = data?.vettingFunnel;

  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {intl.formatMessage({ id: 'funnel.title' })}
        </Title>
        <SegmentedControl
          value={days}
          onChange={(value) => setDays(value as (typeof PERIODS)[number])}
          data={PERIODS.map((value) => ({
            value,
            label: intl.formatMessage({ id: 'funnel.lastDays' }, { days: Number(value) }),
          }))}
          aria-label={intl.formatMessage({ id: 'funnel.period' })}
        />
      </Group>
      {loading && !data && <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {funnel && (
        <>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            {[
              ['funnel.submitted', intl.formatNumber(funnel.submitted)],
              ['funnel.approved', intl.formatNumber(funnel.approved)],
              ['funnel.acceptance', percent(funnel.acceptanceRate)],
              ['funnel.timeToDecision', hours(funnel.medianHoursToDecision)],
            ].map(([label, value]) => (
              <Card withBorder key={label} padding="sm">
                <Text size="sm" c="dimmed">
                  {intl.formatMessage({ id: label as 'funnel.submitted' })}
                </Text>
                <Text size="xl" fw={700}>
                  {value}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
          {funnel.submitted === 0 ? (
            <Text c="dimmed">{intl.formatMessage({ id: 'funnel.empty' })}</Text>
          ) : (
            <Table.ScrollContainer minWidth={760}>
              <Table striped>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{intl.formatMessage({ id: 'vetting.queue.stage' })}</Table.Th>
                    <Table.Th>{intl.formatMessage({ id: 'funnel.entered' })}</Table.Th>
                    <Table.Th>{intl.formatMessage({ id: 'funnel.passed' })}</Table.Th>
                    <Table.Th>{intl.formatMessage({ id: 'funnel.rejected' })}</Table.Th>
                    <Table.Th>{intl.formatMessage({ id: 'funnel.inProgress' })}</Table.Th>
                    <Table.Th>{intl.formatMessage({ id: 'funnel.passRate' })}</Table.Th>
                    <Table.Th>{intl.formatMessage({ id: 'funnel.medianTime' })}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {funnel.stages.map((row) => (
                    <Table.Tr key={row.stage}>
                      <Table.Td>{intl.formatMessage({ id: `pipeline.stage.${row.stage}` })}</Table.Td>
                      <Table.Td>
                        {row.entered}
                        <Progress value={(row.entered / funnel.submitted) * 100} size="xs" mt={4} aria-hidden />
                      </Table.Td>
                      <Table.Td>{row.passed}</Table.Td>
                      <Table.Td>{row.rejected}</Table.Td>
                      <Table.Td>{row.inProgress}</Table.Td>
                      <Table.Td>{percent(row.passRate)}</Table.Td>
                      <Table.Td>{hours(row.medianHoursInStage)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </>
      )}
    </Stack>
  );
}
