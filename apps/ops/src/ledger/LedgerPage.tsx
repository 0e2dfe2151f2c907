import { describeError, ErrorState, FormError, formatMoney, useViewer } from '@delegate/ui';
import { Button, Card, Code, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Fragment, useEffect } from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router';
import { useMilestoneLedger, useTrialBalance } from './use-ledger';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The platform's books for ops: the trial balance (each currency sums to zero) and any milestone's
 * postings (`?milestone=<id>` opens one, as reconciliation's links do).
 */
export function LedgerPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const balance = useTrialBalance();
  const { lookUp, milestone } = useMilestoneLedger();
  const [params] = useSearchParams();
  const linked = params.get('milestone') ?? '';
  const form = useForm({
    initialValues: { milestoneId: linked },
    validate: { milestoneId: (value) => (UUID.test(value.trim()) ? null : t('ledger.milestoneIdInvalid')) },
  });
  useEffect(() => {
    if (UUID.test(linked)) void lookUp(linked);
  }, [linked, lookUp]);
  const money = (minor: number, currency: string) => formatMoney(intl, minor, currency);
  const currencies = [...new Set(balance.data?.trialBalance.map((line) => line.currency) ?? [])];
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('ledger.title')}
      </Title>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('ledger.trialBalance')}
        </Title>
        {balance.loading && !balance.data && <Loader aria-label={t('common.loading')} />}
        {balance.error && !balance.data && <ErrorState error={balance.error} onRetry={() => void balance.refetch()} />}
        {balance.data && currencies.length === 0 && <Text c="dimmed">{t('ledger.empty')}</Text>}
        {currencies.length > 0 && (
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.account')}</Table.Th>
                <Table.Th ta="right">{t('ledger.debits')}</Table.Th>
                <Table.Th ta="right">{t('ledger.credits')}</Table.Th>
                <Table.Th ta="right">{t('ledger.balance')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {currencies.map((currency) => {
                const lines = balance.data?.trialBalance.filter((line) => line.currency === currency) ?? [];
                const total = lines.reduce((sum, line) => sum + line.balanceMinor, 0);
                return (
                  <Fragment key={currency}>
                    {lines.map((line) => (
                      <Table.Tr key={`${currency}-${line.accountKind}`}>
                        <Table.Td>
                          {t(`ledger.kind.${line.accountKind}`)} · {currency}
                        </Table.Td>
                        <Table.Td ta="right">{money(line.debitsMinor, currency)}</Table.Td>
                        <Table.Td ta="right">{money(line.creditsMinor, currency)}</Table.Td>
                        <Table.Td ta="right">{money(line.balanceMinor, currency)}</Table.Td>
                      </Table.Tr>
                    ))}
                    <Table.Tr fw={600} data-testid={`trial-total-${currency}`}>
                      <Table.Td>{t('ledger.total', { currency })}</Table.Td>
                      <Table.Td />
                      <Table.Td />
                      <Table.Td ta="right" c={total === 0 ? undefined : 'red'}>
                        {money(total, currency)}
                      </Table.Td>
                    </Table.Tr>
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t('ledger.milestone')}
        </Title>
        <form onSubmit={form.onSubmit(({ milestoneId }) => void lookUp(milestoneId.trim()))}>
          <Group align="flex-end">
            <TextInput label={t('ledger.milestoneId')} w={360} {...form.getInputProps('milestoneId')} />
            <Button type="submit" loading={milestone.loading}>
              {t('ledger.show')}
            </Button>
          </Group>
        </form>
        {milestone.error && <FormError message={describeError(milestone.error, intl).message} />}
        {milestone.data && milestone.data.milestoneLedger.length === 0 && (
          <Text c="dimmed" mt="sm">
            {t('ledger.noPostings')}
          </Text>
        )}
        {milestone.data && milestone.data.milestoneLedger.length > 0 && (
          <Table mt="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('ledger.when')}</Table.Th>
                <Table.Th>{t('ledger.entry')}</Table.Th>
                <Table.Th>{t('ledger.account')}</Table.Th>
                <Table.Th ta="right">{t('ledger.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {milestone.data.milestoneLedger.flatMap((transaction) =>
                transaction.postings.map((posting, index) => (
                  <Table.Tr key={posting.id}>
                    <Table.Td>
                      {index === 0 &&
                        intl.formatDate(transaction.createdAt, {
                          dateStyle: 'short',
                          timeStyle: 'medium',
                          timeZone: viewer?.timeZone,
                        })}
                    </Table.Td>
                    <Table.Td>
                      {index === 0 && (
                        <>
                          {t(`ledger.entryKind.${transaction.kind}`)} <Code>{transaction.idempotencyKey}</Code>
                        </>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Code>{posting.account}</Code>
                    </Table.Td>
                    <Table.Td ta="right">{money(posting.amountMinor, posting.currency)}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        )}
      </Card>
    </Stack>
  );
}
