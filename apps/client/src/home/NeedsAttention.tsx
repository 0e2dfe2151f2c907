import { useQuery } from '@apollo/client/react';
import { ErrorState, useViewer } from '@delegate/ui';
import { Alert, Anchor, Card, Loader, Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { NeedsAttentionQuery } from './graphql/needs-attention';

/** What waits for the signed-in member, each with a link to where to act; nothing, said plainly. */
export function NeedsAttention() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { viewer } = useViewer();
  const { data, error, refetch } = useQuery(NeedsAttentionQuery, { fetchPolicy: 'cache-and-network' });
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <Loader aria-label={t('common.loading')} />;
  const agenda = data.needsAttention;
  const date = (value: string) =>
    intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });
  const week = (value: string) => intl.formatDate(`${value}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  const what = (item: { milestoneTitle: string; periodStart?: string | null }) =>
    item.periodStart ? t('contract.week', { date: week(item.periodStart) }) : item.milestoneTitle;
  const nothing =
    agenda.toReview.length + agenda.toPay.length + agenda.proposals.length === 0 &&
    agenda.offersWaiting + agenda.approvalsWaiting === 0 &&
    !agenda.cardDeclined;
  return (
    <Stack w="100%" data-testid="needs-attention">
      <Title order={2} size="h3">
        {t('attention.title')}
      </Title>
      {nothing && <Text c="dimmed">{t('attention.nothing')}</Text>}
      {agenda.cardDeclined && (
        <Alert color="red" title={t('billing.card.failedTitle')} role="alert">
          <Stack gap={4}>
            <Text size="sm">{t('billing.card.failedBody', { message: agenda.cardDeclined.message })}</Text>
            <Anchor component={Link} to="/billing" size="sm">
              {t('billing.card.manage')}
            </Anchor>
          </Stack>
        </Alert>
      )}
      {agenda.toReview.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('attention.review')}
          </Title>
          <Stack gap={6}>
            {agenda.toReview.map((item) => (
              <Text size="sm" key={item.milestoneId}>
                <Anchor component={Link} to={`/contracts/${item.contractId}`}>
                  {what(item)}
                </Anchor>
                {` · ${item.vaName} · ${item.title}`}
                {item.releasesAt && ` · ${t('attention.releases', { date: date(item.releasesAt) })}`}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      {agenda.toPay.length > 0 && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('attention.pay')}
          </Title>
          <Stack gap={6}>
            {agenda.toPay.map((item) => (
              <Text size="sm" key={item.milestoneId}>
                <Anchor component={Link} to={`/contracts/${item.contractId}`}>
                  {what(item)}
                </Anchor>
                {` · ${item.vaName} · ${item.title}`}
              </Text>
            ))}
          </Stack>
        </Card>
      )}
      {(agenda.proposals.length > 0 || agenda.offersWaiting > 0 || agenda.approvalsWaiting > 0) && (
        <Card withBorder>
          <Title order={3} size="h5" mb="xs">
            {t('attention.hiring')}
          </Title>
          <Stack gap={6}>
            {agenda.proposals.map((item) => (
              <Anchor key={item.jobId} component={Link} to={`/jobs/${item.jobId}/candidates`} size="sm">
                {t('attention.proposals', { count: item.count, title: item.title })}
              </Anchor>
            ))}
            {agenda.offersWaiting > 0 && (
              <Anchor component={Link} to="/jobs" size="sm">
                {t('attention.offers', { count: agenda.offersWaiting })}
              </Anchor>
            )}
            {agenda.approvalsWaiting > 0 && (
              <Anchor component={Link} to="/approvals" size="sm">
                {t('attention.approvals', { count: agenda.approvalsWaiting })}
              </Anchor>
            )}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}
