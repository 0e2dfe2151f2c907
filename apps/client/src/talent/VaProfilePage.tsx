import { describeError, ErrorState, formatMoney, NotFoundPage, Pager, ReviewCard, SkillName } from '@delegate/ui';
import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams, useSearchParams } from 'react-router';
import { useVaProfile } from './use-va-profile';

const REVIEWS_PAGE = 10;

/** The minutes after midnight as a time of day ("21:00"). */
const clock = (minute: number) =>
  `${String(Math.floor(minute / 60) % 24).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

/**
 * An approved VA as a business sees them before hiring: what they do, what they proved, their rate
 * (in the post's currency when linked from one), working hours, languages, reputation and reviews.
 */
export function VaProfilePage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { id = '' } = useParams();
  const [params] = useSearchParams();
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useVaProfile(
    id,
    { currency: params.get('currency'), jobId: params.get('job') },
    offset,
    REVIEWS_PAGE,
  );
  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (error && !data) {
    if (describeError(error, intl).code === 'NOT_FOUND') return <NotFoundPage />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return null;
  const { vaProfile: va, freelancerReputation: reputation, freelancerReviews: reviews } = data;
  const badgeOf = (slug: string) => va.badges.find((badge) => badge.skill.slug === slug);
  return (
    <Stack maw={1000}>
      <Stack gap={2}>
        <Title order={1} size="h2">
          {va.displayName}
        </Title>
        <Text c="dimmed">{va.headline}</Text>
      </Stack>
      <SimpleGrid cols={{ base: 2, sm: 5 }} role="group" aria-label={t('vaProfile.facts')}>
        <Fact label={t('vaProfile.rate')}>
          {va.hourlyRate
            ? t('vaProfile.perHour', { amount: formatMoney(intl, va.hourlyRate.amountMinor, va.hourlyRate.currency) })
            : '–'}
          {va.hourlyRateConverted && va.hourlyRateConverted.currency !== va.hourlyRate?.currency && (
            <Text size="xs" c="dimmed">
              {t('vaProfile.converted', {
                amount: formatMoney(intl, va.hourlyRateConverted.amountMinor, va.hourlyRateConverted.currency),
              })}
            </Text>
          )}
        </Fact>
        <Fact label={t('vaProfile.reputation')}>
          {t('vaProfile.score', { score: reputation.score })}
          <Text size="xs" c="dimmed">
            {reputation.neutral
              ? t('reputation.neutral')
              : t('vaProfile.reputationCounts', {
                  reviews: reputation.reviewCount,
                  contracts: reputation.contractCount,
                })}
          </Text>
        </Fact>
        <Fact label={t('vaProfile.vetting')}>
          {va.vettingScore === null ? '–' : t('vaProfile.score', { score: va.vettingScore })}
        </Fact>
        <Fact label={t('vaProfile.availability')}>{t('vaProfile.hoursAWeek', { hours: va.weeklyCapacityHours })}</Fact>
        <Fact label={t('vaProfile.overlap')}>
          {t('vaProfile.overlapHours', {
            hours: intl.formatNumber(va.overlap.minutes / 60, { maximumFractionDigits: 1 }),
          })}
          <Text size="xs" c="dimmed">
            {t(va.overlap.jobTitle ? 'vaProfile.overlapWithPost' : 'vaProfile.overlapWithYou', {
              start: clock(va.overlap.workStartMinute),
              end: clock(va.overlap.workEndMinute),
              zone: va.overlap.timeZone,
              title: va.overlap.jobTitle ?? '',
            })}
          </Text>
        </Fact>
      </SimpleGrid>
      <Card withBorder>
        <Stack gap="xs">
          <Text size="sm">
            {t('vaProfile.workingHours', {
              start: clock(va.workStartMinute),
              end: clock(va.workEndMinute),
              zone: va.timeZone,
            })}
            {va.country ? ` · ${va.country}` : ''}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {va.bio}
          </Text>
          <Anchor component={Link} to="/reputation" size="sm">
            {t('reviews.howItWorks')}
          </Anchor>
        </Stack>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('vaProfile.skills')}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('vaProfile.skill')}</Table.Th>
                <Table.Th>{t('vaProfile.level')}</Table.Th>
                <Table.Th>{t('vaProfile.tested')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {va.skills.map(({ skill, level, years }) => {
                const badge = badgeOf(skill.slug);
                return (
                  <Table.Tr key={skill.id}>
                    <Table.Td>
                      <SkillName skill={skill} />
                    </Table.Td>
                    <Table.Td>
                      {t('vaProfile.levelYears', { level: t(`skillLevel.${level.toLowerCase()}`), years })}
                    </Table.Td>
                    <Table.Td>
                      {badge ? (
                        <Badge variant="light" color="green">
                          {t('vaProfile.testedScore', { score: badge.scorePercent })}
                        </Badge>
                      ) : (
                        '–'
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        <Group gap="xs" mt="sm">
          {va.languages.map((language) => (
            <Badge key={language.language} variant="outline">
              {new Intl.DisplayNames([intl.locale], { type: 'language' }).of(language.language) ?? language.language} ·{' '}
              {language.level}
            </Badge>
          ))}
        </Group>
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('vaProfile.reviews', { count: reviews.totalCount })}
        </Title>
        {reviews.totalCount === 0 ? (
          <Text size="sm" c="dimmed">
            {t('vaProfile.noReviews')}
          </Text>
        ) : (
          <Stack>
            {reviews.items.map((review) => (
              <ReviewCard key={review.id} review={review} />
            ))}
            <Pager offset={offset} limit={REVIEWS_PAGE} total={reviews.totalCount} onChange={setOffset} />
          </Stack>
        )}
      </Card>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Card withBorder padding="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600} component="div">
        {children}
      </Text>
    </Card>
  );
}
