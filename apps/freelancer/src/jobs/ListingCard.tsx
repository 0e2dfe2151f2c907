import { describeBudget, matchReasons, SkillName } from '@delegate/ui';
import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ListingSummaryFragment, MatchExplanationFragment } from '../gql/graphql';
import { ClientRecordLine } from './ClientRecord';

/** A post in the feed or the search results; with a match, its score and strongest reasons. */
export function ListingCard({
  listing,
  match,
  invitedAt,
}: {
  listing: ListingSummaryFragment;
  match?: MatchExplanationFragment;
  invitedAt?: string | null;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const mustHaves = listing.skills.filter((skill) => skill.importance === 'MUST_HAVE');
  return (
    <Card withBorder component="article" aria-labelledby={`listing-${listing.id}`}>
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Anchor component={Link} to={`/jobs/${listing.id}`} fw={600} id={`listing-${listing.id}`}>
            {listing.title}
          </Anchor>
          <Group gap={6} wrap="nowrap">
            {invitedAt && <Badge color="grape">{t('feed.invited')}</Badge>}
            {match && <Badge variant="light">{t('feed.score', { score: Math.round(match.score) })}</Badge>}
          </Group>
        </Group>
        <ClientRecordLine client={listing.client} />
        <Text size="sm" c="dimmed">
          {describeBudget(listing, intl)} · {t('feed.hours', { hours: listing.weeklyHours ?? 0 })}
        </Text>
        <Text size="sm" lineClamp={2}>
          {listing.summary}
        </Text>
        <Group gap={4}>
          {mustHaves.map((skill) => (
            <Badge key={skill.skill.id} variant="outline" size="sm">
              <SkillName skill={skill.skill} />
            </Badge>
          ))}
        </Group>
        {match && (
          <Text size="sm" c="teal">
            {matchReasons(match, intl)
              .slice(0, 2)
              .map((reason) => reason.text)
              .join(' · ')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
