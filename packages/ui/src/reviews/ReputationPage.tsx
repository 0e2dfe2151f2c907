import { Anchor, Badge, Card, List, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ReputationFieldsFragment } from '../gql/graphql';
import { useOwnReputation } from './use-reviews';

/**
 * "How reputation works": the published formula in plain words, the same in every app, and for a VA or
 * a business their own score with each contract's part in it.
 */
export function ReputationPage() {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { reputation, loading } = useOwnReputation();
  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {t('reputation.title')}
      </Title>
      {loading && <Loader aria-label={t('common.loading')} />}
      {reputation && <OwnReputation reputation={reputation} />}
      <Card withBorder>
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('reputation.formulaTitle')}
          </Title>
          <Text size="sm">{t('reputation.formula')}</Text>
          <List size="sm" spacing={6}>
            <List.Item>{t('reputation.rating')}</List.Item>
            <List.Item>{t('reputation.success')}</List.Item>
            <List.Item>{t('reputation.newcomers')}</List.Item>
          </List>
          <Title order={2} size="h4">
            {t('reputation.exclusionsTitle')}
          </Title>
          <List size="sm" spacing={6}>
            {EXCLUSIONS.map((exclusion) => (
              <List.Item key={exclusion}>{t(`reputation.exclusion.${exclusion}`)}</List.Item>
            ))}
          </List>
          <Title order={2} size="h4">
            {t('reputation.usedTitle')}
          </Title>
          <Text size="sm">{t('reputation.used')}</Text>
        </Stack>
      </Card>
    </Stack>
  );
}

const EXCLUSIONS = [
  'ABANDONED_UNFUNDED',
  'DISPUTE_RULED_FOR_FREELANCER',
  'NO_REVIEW',
  'REVIEW_HIDDEN',
  'ONGOING',
] as const;

function OwnReputation({ reputation }: { reputation: ReputationFieldsFragment }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const percent = (value: number) => intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 0 });
  const contributions = reputation.contributions ?? [];
  return (
    <Card withBorder data-testid="own-reputation">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('reputation.yours', { score: reputation.score })}
        </Title>
        {reputation.neutral ? (
          <Badge variant="light">{t('reputation.neutral')}</Badge>
        ) : (
          <Text size="sm">
            {t('reputation.summary', {
              rating: intl.formatNumber(reputation.rating, { maximumFractionDigits: 2 }),
              reviews: reputation.reviewCount,
              success: percent(reputation.successRate),
              contracts: reputation.contractCount,
            })}
          </Text>
        )}
        {contributions.length > 0 && (
          <Table.ScrollContainer minWidth={560}>
            <Table>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reputation.contract')}</Table.Th>
                  <Table.Th>{t('reputation.reviews')}</Table.Th>
                  <Table.Th>{t('reputation.outcome')}</Table.Th>
                  <Table.Th>{t('reputation.why')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contributions.map((entry) => (
                  <Table.Tr key={entry.contractId}>
                    <Table.Td>
                      <Anchor component={Link} to={`/contracts/${entry.contractId}`}>
                        {t('reputation.openContract')}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      {entry.ratings.length === 0
                        ? '–'
                        : entry.ratings
                            .map((rating) =>
                              t('reputation.ratingEntry', {
                                stars: rating.stars,
                                weight: intl.formatNumber(rating.weight, { maximumFractionDigits: 2 }),
                              }),
                            )
                            .join(', ')}
                    </Table.Td>
                    <Table.Td>
                      {entry.success === null
                        ? t('reputation.notCounted')
                        : t(entry.success ? 'reputation.succeeded' : 'reputation.failed')}
                    </Table.Td>
                    <Table.Td>
                      {entry.exclusions.length === 0
                        ? t('reputation.counted')
                        : entry.exclusions.map((exclusion) => t(`reputation.exclusionShort.${exclusion}`)).join('; ')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}
