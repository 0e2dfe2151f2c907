import { duration } from '@delegate/ui';
import { Anchor, Badge, Card, Progress, Table, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MyWeekQuery } from '../gql/graphql';

/** Time logged this week against each hourly contract's limit. */
export function HourlyWeekTable({ hourly }: { hourly: MyWeekQuery['myWeek']['hourly'] }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  return (
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
            {hourly.map((contract) => (
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
  );
}
