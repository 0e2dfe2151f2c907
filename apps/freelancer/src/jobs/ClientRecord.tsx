import { useCountries } from '@delegate/ui';
import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { type IntlShape, useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ClientRecordFieldsFragment } from '../gql/graphql';

/** Hours as a reader takes them in: hours below two days, days above. */
function duration(hours: number, intl: IntlShape) {
  const [value, unit] = hours < 48 ? [hours, 'hour'] : [hours / 24, 'day'];
  return intl.formatNumber(value, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: value < 10 ? 1 : 0,
  });
}

const percent = (value: number, intl: IntlShape) => intl.formatNumber(value, { style: 'percent' });

/** One line about the business behind a post, for the feed and the search results. */
export function ClientRecordLine({ client }: { client: ClientRecordFieldsFragment }) {
  const intl = useIntl();
  const countries = useCountries();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const parts = [
    client.name ?? t('client.confidential'),
    client.country && countries.name(client.country),
    client.reputation.neutral
      ? t('client.new')
      : t('client.rating', {
          rating: intl.formatNumber(client.reputation.rating, { maximumFractionDigits: 1 }),
          reviews: client.reputation.reviewCount,
        }),
    client.decidedPosts > 0 && t('client.hired', { hired: client.hiredPosts, posts: client.decidedPosts }),
  ].filter(Boolean);
  return (
    <Group gap={6}>
      <Text size="sm">{parts.join(' · ')}</Text>
      {client.paymentVerified && (
        <Badge size="sm" color="teal" variant="light">
          {t('client.paymentVerified')}
        </Badge>
      )}
    </Group>
  );
}

/** The business behind a post on its page: each figure with the count behind it. */
export function ClientRecordCard({ client }: { client: ClientRecordFieldsFragment }) {
  const intl = useIntl();
  const countries = useCountries();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const rows: Array<[string, string]> = [
    [t('client.country'), client.country ? countries.name(client.country) : t('client.notGiven')],
    [t('client.payment'), client.paymentVerified ? t('client.paymentVerified.long') : t('client.paymentNotYet')],
    [
      t('client.reputation'),
      client.reputation.neutral
        ? t('client.reputationNeutral', { score: client.reputation.score })
        : t('client.reputationValue', {
            score: client.reputation.score,
            rating: intl.formatNumber(client.reputation.rating, { maximumFractionDigits: 1 }),
            reviews: client.reputation.reviewCount,
          }),
    ],
    [
      t('client.hireRate'),
      client.hireRate === null
        ? t('client.noDecidedPosts')
        : t('client.hireRateValue', {
            rate: percent(client.hireRate, intl),
            hired: client.hiredPosts,
            posts: client.decidedPosts,
          }),
    ],
    [
      t('client.timeToFund'),
      client.medianHoursToFund === null
        ? t('client.notMeasured')
        : t('client.timeToFundValue', {
            time: duration(client.medianHoursToFund, intl),
            count: client.fundingsMeasured,
          }),
    ],
    [
      t('client.timeToApprove'),
      client.medianHoursToApprove === null
        ? t('client.notMeasured')
        : t('client.timeToApproveValue', {
            time: duration(client.medianHoursToApprove, intl),
            count: client.approvalsMeasured,
          }),
    ],
    [
      t('client.disputes'),
      client.disputeRate === null
        ? t('client.noContracts')
        : t('client.disputesValue', {
            rate: percent(client.disputeRate, intl),
            disputed: client.disputedContracts,
            contracts: client.contracts,
          }),
    ],
  ];
  return (
    <Card withBorder component="section" aria-labelledby="client-record-title">
      <Stack gap="xs">
        <Title order={2} size="h4" id="client-record-title">
          {t('client.title')}
        </Title>
        <Text fw={600}>{client.name ?? t('client.confidential')}</Text>
        {!client.name && (
          <Text size="sm" c="dimmed">
            {t('client.confidentialHint')}
          </Text>
        )}
        <Stack gap={4} component="dl" m={0}>
          {rows.map(([label, value]) => (
            <Group key={label} gap="xs" wrap="nowrap" align="flex-start">
              <Text component="dt" size="sm" fw={500} w={160} style={{ flexShrink: 0 }}>
                {label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </Group>
          ))}
        </Stack>
        <Text size="sm" c="dimmed">
          {t('client.smallNumbers')}{' '}
          <Anchor component={Link} to="/reputation" size="sm">
            {t('client.howReputation')}
          </Anchor>
        </Text>
      </Stack>
    </Card>
  );
}
