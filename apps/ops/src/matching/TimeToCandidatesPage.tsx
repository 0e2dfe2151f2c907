import { ErrorState } from '@delegate/ui';
import { Card, Group, Loader, SegmentedControl, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { useTimeToCandidates } from './use-time-to-candidates';

const PERIODS = ['7', '30', '90'] as const;

/** How fast job posts published in a period met candidates: medians to first match, invitation, proposal. */
export function TimeToCandidatesPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [days, setDays] = useState<(typeof PERIODS)[number]>('30');
  const period = useMemo(() => {
    const to = new Date();
    return { from: new Date(to.getTime() - Number(days) * 86_400_000).toISOString(), to: to.toISOString() };
  }, [days]);
  const { data, loading, error, refetch } = useTimeToCandidates(period);
  const duration = (minutes: number | null | undefined) =>
    minutes == null
      ? '–'
      : minutes < 120
        ? intl.formatNumber(minutes, { style: 'unit', unit: 'minute', maximumFractionDigits: 1 })
        : intl.formatNumber(minutes / 60, { style: 'unit', unit: 'hour', maximumFractionDigits: 1 });
  const stats = data?.timeToCandidates;
  const share = (count: number) =>
    stats?.published ? intl.formatNumber(count / stats.published, { style: 'percent', maximumFractionDigits: 0 }) : '–';
  return (
    <Stack maw={1000}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('timeTo.title')}
        </Title>
        <SegmentedControl
          value={days}
          onChange={(value) => setDays(value as (typeof PERIODS)[number])}
          data={PERIODS.map((value) => ({ value, label: t('funnel.lastDays', { days: Number(value) }) }))}
          aria-label={t('funnel.period')}
        />
      </Group>
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {stats && (
        <>
          <Text c="dimmed">{t('timeTo.published', { count: stats.published })}</Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {(
              [
                ['timeTo.toMatch', stats.medianMinutesToMatch, stats.matched],
                ['timeTo.toInvite', stats.medianMinutesToInvite, stats.invited],
                ['timeTo.toProposal', stats.medianMinutesToProposal, stats.proposed],
              ] as const
            ).map(([label, minutes, reached]) => (
              <Card withBorder key={label} padding="sm">
                <Text size="sm" c="dimmed">
                  {t(label)}
                </Text>
                <Text size="xl" fw={700}>
                  {duration(minutes)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('timeTo.reached', { share: share(reached) })}
                </Text>
              </Card>
            ))}
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
