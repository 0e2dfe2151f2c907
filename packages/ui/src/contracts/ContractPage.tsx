import { Anchor, Badge, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { type IntlShape, useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import { useViewer } from '../account/use-viewer';
import { describeError } from '../errors/describe-error';
import { ErrorState } from '../layout/ErrorState';
import { NotFoundPage } from '../layout/NotFoundPage';
import { Pager } from '../layout/Pager';
import { formatMoney } from '../money/format-money';
import { ContractReviews } from '../reviews/ContractReviews';
import { duration } from '../timesheets/duration';
import { HourlyControls } from '../timesheets/HourlyControls';
import { HourlyWeeks } from '../timesheets/HourlyWeeks';
import { BonusButton } from './BonusButton';
import { ContractDisputes } from './ContractDisputes';
import { ContractEventList } from './ContractEventList';
import { ContractStanding } from './ContractStanding';
import { MilestoneActions } from './MilestoneActions';
import { describeTerms } from './terms';
import { useContract, useContractEvents } from './use-contract-data';

const EVENTS_PAGE = 20;
const STATUS_COLORS: Record<string, string> = {
  PENDING: 'gray',
  FUNDED: 'blue',
  SUBMITTED: 'violet',
  CHANGES_REQUESTED: 'orange',
  DISPUTED: 'red',
  RELEASED: 'green',
  REFUNDED: 'gray',
  CANCELLED: 'gray',
};

/**
 * One contract, for either side: its terms, the money held, released and refunded (from the ledger),
 * each milestone with what the viewer may do with it, and the timeline of everything that happened.
 */
export function ContractPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useContract(id);
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (error && !data) {
    if (describeError(error, intl).code === 'NOT_FOUND') return <NotFoundPage />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!data) return null;
  const { contract } = data;
  const side = viewer?.kind === 'FREELANCER' ? 'freelancer' : 'client';
  const counterpart = side === 'client' ? contract.freelancer.displayName : contract.organizationName;
  const currency = contract.terms.currency;
  const money = (minor: number) => formatMoney(intl, minor, currency);
  const date = (value: string) =>
    intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });
  const hours = (minutes: number | null | undefined) =>
    intl.formatNumber((minutes ?? 0) / 60, { maximumFractionDigits: 2 });
  return (
    <Stack maw={1000}>
      <Anchor component={Link} to="/contracts" size="sm">
        {t('contract.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={2}>
          <Title order={1} size="h2">
            {contract.job.title}
          </Title>
          <Text c="dimmed">
            {t(side === 'client' ? 'contract.withFreelancer' : 'contract.withClient', { name: counterpart })} ·{' '}
            {describeTerms(contract.terms, contract.milestones, intl)}
          </Text>
        </Stack>
        <Group gap="sm">
          {side === 'client' && viewer?.organization?.role !== 'FINANCE' && (
            <BonusButton contractId={contract.id} currency={currency} name={counterpart} />
          )}
          <Badge variant="light" color={contract.endsOn ? 'orange' : contract.status === 'ACTIVE' ? 'green' : 'gray'}>
            {t(contract.endsOn ? 'contracts.ending' : `contracts.statusName.${contract.status}`)}
          </Badge>
        </Group>
      </Group>

      <ContractStanding
        contract={contract}
        side={side}
        counterpart={counterpart}
        canAct={side === 'freelancer' || viewer?.organization?.role !== 'FINANCE'}
      />

      <SimpleGrid cols={{ base: 2, sm: 4 }} role="group" aria-label={t('contract.money')}>
        {(['fundedMinor', 'heldMinor', 'releasedMinor', 'refundedMinor'] as const).map((key) => (
          <Card key={key} withBorder padding="sm">
            <Text size="xs" c="dimmed">
              {t(`contract.${key}`)}
            </Text>
            <Text fw={600} data-testid={`contract-${key}`}>
              {money(contract.money[key])}
            </Text>
          </Card>
        ))}
      </SimpleGrid>

      {contract.milestones.length > 0 && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('contract.milestones')}
          </Title>
          <Table.ScrollContainer minWidth={720}>
            <Table verticalSpacing="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('contract.milestone')}</Table.Th>
                  <Table.Th>{t('contract.amount')}</Table.Th>
                  <Table.Th>{t('contract.held')}</Table.Th>
                  <Table.Th>{t('contracts.status')}</Table.Th>
                  <Table.Th>{t('contract.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {contract.milestones.map((milestone) => (
                  <Table.Tr key={milestone.id} data-testid="milestone-row">
                    <Table.Td>
                      <Group gap={6}>
                        <Text size="sm" fw={500}>
                          {milestone.position}.{' '}
                          {milestoneTitle(milestone, contract.milestones, contract.terms.kind === 'HOURLY', intl)}
                        </Text>
                        {milestone.trial && (
                          <Badge size="xs" variant="outline">
                            {t('contract.trialBadge')}
                          </Badge>
                        )}
                        {milestone.awaitingApproval && (
                          <Badge size="xs" variant="light" color="orange">
                            {t('approvals.awaitingBadge')}
                          </Badge>
                        )}
                      </Group>
                      {milestone.periodStart && milestone.periodEnd && (
                        <Text size="xs" c="dimmed">
                          {intl.formatDateTimeRange(
                            new Date(`${milestone.periodStart}T00:00:00Z`),
                            new Date(`${milestone.periodEnd}T00:00:00Z`),
                            { dateStyle: 'medium', timeZone: 'UTC' },
                          )}
                          {' · '}
                          {milestone.minutesWorked === null || milestone.minutesWorked === undefined
                            ? t('contract.hoursIncluded', { included: hours(milestone.minutesIncluded) })
                            : t('contract.hoursWorked', {
                                worked: hours(milestone.minutesWorked),
                                included: hours(milestone.minutesIncluded),
                              })}
                        </Text>
                      )}
                      {milestone.overageOfId && (
                        <Text size="xs" c="dimmed">
                          {t('contract.overageHours', {
                            hours: duration(milestone.minutesWorked ?? 0, intl),
                            rate: money(contract.terms.overageRateMinor ?? 0),
                          })}
                        </Text>
                      )}
                      {milestone.dueDate && (
                        <Text size="xs" c="dimmed">
                          {t('contract.due', {
                            date: intl.formatDate(`${milestone.dueDate}T00:00:00Z`, {
                              dateStyle: 'medium',
                              timeZone: 'UTC',
                            }),
                          })}
                        </Text>
                      )}
                      {milestone.autoReleaseAt && (
                        <Text size="xs" c="dimmed">
                          {t('contract.autoRelease', { date: date(milestone.autoReleaseAt) })}
                        </Text>
                      )}
                      {milestone.autoRefundAt && (
                        <Text size="xs" c="orange">
                          {t('contract.autoRefund', { date: date(milestone.autoRefundAt) })}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>{money(milestone.amountMinor)}</Table.Td>
                    <Table.Td>{money(milestone.money.heldMinor)}</Table.Td>
                    <Table.Td>
                      <Badge variant="light" color={STATUS_COLORS[milestone.status] ?? 'gray'}>
                        {t(`escrow.status.${milestone.status}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <MilestoneActions
                        milestone={milestone}
                        currency={currency}
                        side={side}
                        counterpart={counterpart}
                        hourly={contract.terms.kind === 'HOURLY'}
                        overageRateMinor={contract.terms.overageRateMinor}
                      />
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}

      {contract.terms.kind === 'HOURLY' && (
        <HourlyWeeks contractId={contract.id} side={side} currency={currency}>
          <HourlyControls contract={contract} side={side} canAct={viewer?.organization?.role !== 'FINANCE'} />
        </HourlyWeeks>
      )}

      <ContractDisputes contractId={contract.id} side={side} />

      <ContractReviews
        contractId={contract.id}
        side={side}
        canWrite={side === 'freelancer' || viewer?.organization?.role !== 'FINANCE'}
      />

      <ContractTimeline contractId={contract.id} currency={currency} titles={contract.milestones} />
    </Stack>
  );
}

function ContractTimeline({
  contractId,
  currency,
  titles,
}: {
  contractId: string;
  currency: string;
  titles: Array<{ id: string; title: string }>;
}) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const [offset, setOffset] = useState(0);
  const { data, error, refetch } = useContractEvents(contractId, offset, EVENTS_PAGE);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('contract.timeline')}
      </Title>
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && <ContractEventList events={data.contractEvents.items} currency={currency} titles={titles} />}
      {data && (
        <Pager offset={offset} limit={EVENTS_PAGE} total={data.contractEvents.totalCount} onChange={setOffset} />
      )}
    </Card>
  );
}

/**
 * Bonuses and a retainer's periods are named in the reader's language: a month's number counts the
 * months before it (not the trial, not bonuses).
 */
type TitledMilestone = {
  id: string;
  title: string;
  trial: boolean;
  bonus: boolean;
  periodStart?: string | null;
  position: number;
  splitFromId?: string | null;
  overageOfId?: string | null;
};

function milestoneTitle(
  milestone: TitledMilestone,
  milestones: TitledMilestone[],
  hourly: boolean,
  intl: IntlShape,
): string {
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const day = (date: string) => intl.formatDate(`${date}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  if (milestone.bonus) return t('contract.bonus');
  const week = milestones.find(({ id }) => id === milestone.splitFromId);
  if (week?.periodStart) return t('contract.disputedTime', { date: day(week.periodStart) });
  const period = milestones.find(({ id }) => id === milestone.overageOfId);
  if (period) return t('contract.overage', { period: milestoneTitle(period, milestones, hourly, intl) });
  if (!milestone.periodStart) return milestone.title;
  if (hourly) return t('contract.week', { date: day(milestone.periodStart) });
  if (milestone.trial) return t('contract.trialPeriod');
  const month = milestones.filter((m) => m.periodStart && !m.trial && m.position <= milestone.position).length;
  return t('contract.month', { n: month });
}
