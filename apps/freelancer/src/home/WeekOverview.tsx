import { useQuery } from '@apollo/client/react';
import { duration, ErrorState, useViewer } from '@delegate/ui';
import { Anchor, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import { MyWeekQuery } from './graphql/my-week';

// The hourly table (Mantine's table brings its scroll area) and the availability form are fetched as
// soon as this module loads, alongside the week's data, rather than before the home page can show.
const hourlyTable = import('./HourlyWeekTable');
const HourlyWeekTable = lazy(() => hourlyTable.then(({ HourlyWeekTable }) => ({ default: HourlyWeekTable })));
const _availabilityCard = import('./AvailabilityCard');
const AvailabilityCard = lazy(() =>
  import('./AvailabilityCard').then(({ AvailabilityCard }) => ({ default: AvailabilityCard })),
);

const day = (date: string, intl: IntlShape) =>
  intl.formatDate(`${date}T00:00:00Z`, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/**
 * The VA's week across every client: time logged against each hourly limit, the running timer,
 * weeks waiting for review, work due, and offers and invitations waiting; and availability for new work.
 */
export function WeekOverview() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(MyWeekQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loader aria-label={t('common.loading')} />;
  const { myWeek: week, runningTimer } = data;
  const nothing =
    week.hourly.length + week.awaitingReview.length + week.milestonesDue.length === 0 &&
    week.offersWaiting + week.invitationsWaiting === 0;
  const time = (value: string) => intl.formatTime(value, { timeStyle: 'short', timeZone: viewer?.timeZone });
  return (
    <Stack w="100%">
      <Group justify="space-between" align="baseline">
        <Title order={2} size="h3">
          {t('week.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {day(week.weekStart, intl)} – {day(week.weekEnd, intl)}
        </Text>
      </Group>
      {runningTimer?.startedAt && (
        <Card withBorder padding="sm" data-testid="week-timer">
          <Group gap="xs">
            <Text size="sm" fw={600}>
              {t('time.running', { since: time(runningTimer.startedAt) })}
            </Text>
            <Anchor component={Link} to={`/contracts/${runningTimer.contractId}`} size="sm">
              {t('week.openContract')}
            </Anchor>
          </Group>
        </Card>
      )}
      {nothing && <Text c="dimmed">{t('week.nothing')}</Text>}
      {week.hourly.length > 0 && (
        <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
          <HourlyWeekTable hourly={week.hourly} />
        </Suspense>
      )}
      {/* Two columns where they fit side by side, one on a phone. */}
      <Group grow preventGrowOverflow={false} align="stretch" wrap="wrap">
        {week.awaitingReview.length > 0 && (
          <Card withBorder miw={260}>
            <Title order={3} size="h5" mb="xs">
              {t('week.inReview')}
            </Title>
            <Stack gap={6}>
              {week.awaitingReview.map((review) => (
                <Text size="sm" key={review.weekId}>
                  <Anchor component={Link} to={`/contracts/${review.contractId}`}>
                    {review.clientName}
                  </Anchor>
                  {' · '}
                  {t('week.inReviewLine', {
                    week: day(review.periodStart, intl),
                    hours: duration(review.minutesLogged, intl),
                  })}
                  {review.releasesAt &&
                    ` · ${t('week.releases', { date: intl.formatDate(review.releasesAt, { dateStyle: 'medium', timeZone: viewer?.timeZone }) })}`}
                </Text>
              ))}
            </Stack>
          </Card>
        )}
        {week.milestonesDue.length > 0 && (
          <Card withBorder miw={260}>
            <Title order={3} size="h5" mb="xs">
              {t('week.due')}
            </Title>
            <Stack gap={6}>
              {week.milestonesDue.map((due) => (
                <Text size="sm" key={due.milestoneId}>
                  <Anchor component={Link} to={`/contracts/${due.contractId}`}>
                    {due.milestoneTitle}
                  </Anchor>
                  {` · ${due.clientName} · ${day(due.dueDate, intl)}`}
                </Text>
              ))}
            </Stack>
          </Card>
        )}
        {(week.offersWaiting > 0 || week.invitationsWaiting > 0) && (
          <Card withBorder miw={260}>
            <Title order={3} size="h5" mb="xs">
              {t('week.waiting')}
            </Title>
            <Stack gap={6}>
              {week.offersWaiting > 0 && (
                <Anchor component={Link} to="/proposals" size="sm">
                  {t('week.offers', { count: week.offersWaiting })}
                </Anchor>
              )}
              {week.invitationsWaiting > 0 && (
                <Anchor component={Link} to="/jobs" size="sm">
                  {t('week.invitations', { count: week.invitationsWaiting })}
                </Anchor>
              )}
            </Stack>
          </Card>
        )}
      </Group>
      {week.availability && (
        <Suspense fallback={<Loader size="sm" aria-label={t('common.loading')} />}>
          <AvailabilityCard availability={week.availability} />
        </Suspense>
      )}
    </Stack>
  );
}
