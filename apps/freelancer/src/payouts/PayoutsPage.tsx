import { describeError, ErrorState, FormError, formatMoney, useViewer } from '@delegate/ui';
import { Alert, Badge, Button, Card, Group, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { usePayoutAccount, usePayouts } from './use-payouts';

const ACCOUNT_COLORS: Record<string, string> = { PENDING: 'gray', RESTRICTED: 'orange', ENABLED: 'green' };

/**
 * Where a VA's money goes: the payout account at the payment provider (onboarding through its
 * forms), what releases owe them, what was paid, and the latest transfers. Coming back from the
 * provider's forms reads the account's status again.
 */
export function PayoutsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [params, setParams] = useSearchParams();
  const { data, loading, error, refetch } = usePayouts();
  const { startOnboarding, starting, refresh, refreshing } = usePayoutAccount();
  const [problem, setProblem] = useState<string | null>(null);
  const returned = params.get('onboarding');
  const handled = useRef(false);

  useEffect(() => {
    // Back from the provider's forms: read the account again, once.
    if (returned !== 'returned' || handled.current) return;
    handled.current = true;
    void refresh()
      .catch((caught) => setProblem(describeError(caught, intl).message))
      .finally(() => setParams({}, { replace: true }));
  }, [returned, refresh, setParams, intl]);

  const onboard = async () => {
    setProblem(null);
    try {
      const link = await startOnboarding();
      if (link) window.location.assign(link);
    } catch (caught) {
      setProblem(describeError(caught, intl).message);
    }
  };

  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { account, owed, paidOut, transfers } = data.myPayouts;
  const amounts = (list: Array<{ currency: string; amountMinor: number }>) =>
    list.length ? list.map((item) => formatMoney(intl, item.amountMinor, item.currency)).join(' · ') : '–';
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t('payouts.title')}
      </Title>
      {returned === 'expired' && <Alert color="yellow">{t('payouts.linkExpired')}</Alert>}
      <Card withBorder>
        <Stack gap="xs">
          <Group justify="space-between">
            <Title order={2} size="h4">
              {t('payouts.account')}
            </Title>
            <Badge
              variant="light"
              color={account ? ACCOUNT_COLORS[account.status] : 'gray'}
              data-testid="payout-status"
            >
              {t(`payouts.status.${account?.status ?? 'NONE'}`)}
            </Badge>
          </Group>
          <Text size="sm">{t(`payouts.explain.${account?.status ?? 'NONE'}`)}</Text>
          {account?.provider === 'sandbox' && (
            <Text size="xs" c="dimmed">
              {t('payouts.sandboxNote')}
            </Text>
          )}
          <FormError message={problem} />
          <Group>
            {account?.status !== 'ENABLED' && (
              <Button onClick={() => void onboard()} loading={starting}>
                {t(account ? 'payouts.continue' : 'payouts.connect')}
              </Button>
            )}
            {account && (
              <Button variant="default" onClick={() => void refresh().catch(() => undefined)} loading={refreshing}>
                {t('payouts.check')}
              </Button>
            )}
          </Group>
        </Stack>
      </Card>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {t('payouts.owed')}
          </Text>
          <Text fw={600} data-testid="payouts-owed">
            {amounts(owed)}
          </Text>
        </Card>
        <Card withBorder padding="sm">
          <Text size="xs" c="dimmed">
            {t('payouts.paidOut')}
          </Text>
          <Text fw={600} data-testid="payouts-paid">
            {amounts(paidOut)}
          </Text>
        </Card>
      </SimpleGrid>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('payouts.transfers')}
        </Title>
        {transfers.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('payouts.noTransfers')}
          </Text>
        ) : (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payouts.date')}</Table.Th>
                <Table.Th>{t('payouts.amount')}</Table.Th>
                <Table.Th>{t('payouts.transferStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {transfers.map((transfer) => (
                <Table.Tr key={transfer.id}>
                  <Table.Td>
                    {intl.formatDate(transfer.createdAt, { dateStyle: 'medium', timeZone: viewer?.timeZone })}
                  </Table.Td>
                  <Table.Td>{formatMoney(intl, transfer.amountMinor, transfer.currency)}</Table.Td>
                  <Table.Td>{t(`payouts.transferStatusName.${transfer.status}`)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
