import { useMutation, useQuery } from '@apollo/client/react';
import { duration, ErrorState, FormError, useFormSubmit, useViewer } from '@delegate/ui';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Progress,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { AvailabilityFieldsFragment } from '../gql/graphql';
import { MyWeekQuery, SetAvailabilityMutation } from './graphql/my-week';

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
            <Badge color="teal" variant="light">
              {t('time.running', { since: time(runningTimer.startedAt) })}
            </Badge>
            <Anchor component={Link} to={`/contracts/${runningTimer.contractId}`} size="sm">
              {t('week.openContract')}
            </Anchor>
          </Group>
        </Card>
      )}
      {nothing && <Text c="dimmed">{t('week.nothing')}</Text>}
      {week.hourly.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('week.hourly')}
          </Title>
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" data-testid="week-hourly">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('week.client')}</Table.Th>
                  <Table.Th>{t('week.logged')}</Table.Th>
                  <Table.Th>{t('week.left')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {week.hourly.map((contract) => (
                  <Table.Tr key={contract.contractId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/contracts/${contract.contractId}`} fw={500}>
                        {contract.clientName}
                      </Anchor>
                      <Text size="xs" c="dimmed">
                        {contract.title}
                      </Text>
                    </Table.Td>
                    <Table.Td miw={180}>
                      <Text size="sm">
                        {t('time.weekSummary', {
                          logged: duration(contract.minutesLogged, intl),
                          limit: duration(contract.minutesIncluded, intl),
                        })}
                      </Text>
                      <Progress
                        value={contract.minutesIncluded ? (100 * contract.minutesLogged) / contract.minutesIncluded : 0}
                        size="sm"
                        aria-label={t('week.progress', { client: contract.clientName })}
                      />
                    </Table.Td>
                    <Table.Td>
                      {contract.paused ? (
                        <Badge color="yellow" variant="light">
                          {t('hourly.pausedTitle')}
                        </Badge>
                      ) : !contract.funded ? (
                        <Badge color="orange" variant="light">
                          {t('week.notFunded')}
                        </Badge>
                      ) : (
                        duration(contract.minutesLeft, intl)
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {week.awaitingReview.length > 0 && (
          <Card withBorder>
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
          <Card withBorder>
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
          <Card withBorder>
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
      </SimpleGrid>
      {week.availability && <AvailabilityCard availability={week.availability} />}
    </Stack>
  );
}

/** Capacity less what contracts commit, and leave: what matching ranks the VA by for new work. */
function AvailabilityCard({ availability }: { availability: AvailabilityFieldsFragment }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [save] = useMutation(SetAvailabilityMutation, { refetchQueries: ['MyWeek'] });
  const form = useForm({
    initialValues: {
      weeklyCapacityHours: availability.weeklyCapacityHours as number | '',
      leaveFrom: availability.leaveFrom ?? '',
      leaveUntil: availability.leaveUntil ?? '',
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('availability.title')}
      </Title>
      <Text size="sm" mb="xs" data-testid="availability-summary">
        {t('availability.summary', {
          capacity: availability.weeklyCapacityHours,
          committed: availability.committedHours,
          free: availability.freeHours,
        })}
      </Text>
      {availability.onLeave && (
        <Badge color="yellow" variant="light" mb="xs">
          {t('availability.onLeave')}
        </Badge>
      )}
      <form
        noValidate
        onSubmit={submit(async ({ weeklyCapacityHours, leaveFrom, leaveUntil }) => {
          await save({
            variables: {
              input: {
                weeklyCapacityHours: Number(weeklyCapacityHours),
                leaveFrom: leaveFrom || null,
                leaveUntil: leaveUntil || null,
              },
            },
          });
          notifications.show({ color: 'green', message: t('availability.saved') });
        })}
      >
        <Stack gap="xs">
          <FormError message={formError} />
          <Group align="flex-start" grow>
            <NumberInput
              label={t('availability.capacity')}
              min={1}
              max={80}
              allowDecimal={false}
              {...form.getInputProps('weeklyCapacityHours')}
            />
            <TextInput type="date" label={t('availability.leaveFrom')} {...form.getInputProps('leaveFrom')} />
            <TextInput type="date" label={t('availability.leaveUntil')} {...form.getInputProps('leaveUntil')} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('availability.hint')}
          </Text>
          <Group>
            <Button type="submit" variant="light" loading={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
