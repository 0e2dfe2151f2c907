import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useViewer } from '../account/use-viewer';
import type { BillingDocumentFieldsFragment, BillingMonthTotalFieldsFragment } from '../gql/graphql';
import { ErrorState } from '../layout/ErrorState';
import { Pager } from '../layout/Pager';
import { formatMoney } from '../money/format-money';
import { EarningsStatementsQuery, InvoicesQuery } from './graphql/documents';

const PAGE = 20;

/**
 * Billing history: a business's invoices or a VA's earnings statements, newest first, each with its
 * PDF in the reader's language; and the totals per month and currency.
 */
export function BillingHistory({ kind }: { kind: 'invoices' | 'statements' }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [offset, setOffset] = useState(0);
  const options = { variables: { offset, limit: PAGE }, fetchPolicy: 'cache-and-network' as const };
  const invoices = useQuery(InvoicesQuery, { ...options, skip: kind !== 'invoices' });
  const statements = useQuery(EarningsStatementsQuery, { ...options, skip: kind !== 'statements' });
  const { data, error, refetch } = kind === 'invoices' ? invoices : statements;
  const page = kind === 'invoices' ? invoices.data?.invoices : statements.data?.earningsStatements;
  const totals = kind === 'invoices' ? invoices.data?.invoiceTotals : statements.data?.earningsTotals;
  return (
    <Stack>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {t(`billing.${kind}.title`)}
        </Title>
        {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
        {!data && !error && <Loader size="sm" aria-label={t('common.loading')} />}
        {page && page.totalCount === 0 && (
          <Text size="sm" c="dimmed">
            {t(`billing.${kind}.none`)}
          </Text>
        )}
        {page && page.totalCount > 0 && (
          <>
            <DocumentsTable documents={page.items} kind={kind} />
            <Pager offset={offset} limit={PAGE} total={page.totalCount} onChange={setOffset} />
          </>
        )}
      </Card>
      {totals && totals.length > 0 && <MonthTotals totals={totals} kind={kind} />}
    </Stack>
  );
}

function DocumentsTable({
  documents,
  kind,
}: {
  documents: BillingDocumentFieldsFragment[];
  kind: 'invoices' | 'statements';
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { viewer } = useViewer();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('billing.document.number')}</Table.Th>
            <Table.Th>{t('billing.document.issued')}</Table.Th>
            <Table.Th>{t(kind === 'invoices' ? 'billing.document.va' : 'billing.document.client')}</Table.Th>
            <Table.Th>{t('billing.document.contract')}</Table.Th>
            <Table.Th ta="right">
              {t(kind === 'invoices' ? 'billing.document.paid' : 'billing.document.received')}
            </Table.Th>
            <Table.Th>{t('billing.document.pdf')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document) => (
            <Table.Tr key={document.id} data-testid="billing-document">
              <Table.Td>{document.number}</Table.Td>
              <Table.Td>
                {intl.formatDate(document.issuedAt, { dateStyle: 'medium', timeZone: viewer?.timeZone })}
              </Table.Td>
              <Table.Td>{kind === 'invoices' ? document.payee.name : document.payer.name}</Table.Td>
              <Table.Td>{document.title}</Table.Td>
              <Table.Td ta="right">{formatMoney(intl, document.totalMinor, document.currency)}</Table.Td>
              <Table.Td>
                <Anchor
                  href={`${document.pdfPath}?locale=${intl.locale.slice(0, 2)}`}
                  download
                  size="sm"
                  aria-label={t('billing.document.download', { number: document.number })}
                >
                  PDF
                </Anchor>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function MonthTotals({ totals, kind }: { totals: BillingMonthTotalFieldsFragment[]; kind: 'invoices' | 'statements' }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const month = (value: string) =>
    intl.formatDate(`${value}-01T00:00:00Z`, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const money = (minor: number, currency: string) => formatMoney(intl, minor, currency);
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {t('billing.totals.title')}
      </Title>
      <Table.ScrollContainer minWidth={480}>
        <Table verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('billing.totals.month')}</Table.Th>
              <Table.Th ta="right">{t('billing.totals.documents')}</Table.Th>
              <Table.Th ta="right">{t('billing.totals.work')}</Table.Th>
              {kind === 'statements' && <Table.Th ta="right">{t('billing.totals.fee')}</Table.Th>}
              <Table.Th ta="right">
                {t(kind === 'invoices' ? 'billing.document.paid' : 'billing.document.received')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {totals.map((total) => (
              <Table.Tr key={`${total.month}-${total.currency}`}>
                <Table.Td>
                  <Group gap={6}>
                    <Text size="sm">{month(total.month)}</Text>
                    <Text size="xs" c="dimmed">
                      {total.currency}
                    </Text>
                  </Group>
                </Table.Td>
                <Table.Td ta="right">{total.documents}</Table.Td>
                <Table.Td ta="right">{money(total.amountMinor, total.currency)}</Table.Td>
                {kind === 'statements' && <Table.Td ta="right">{money(-total.feeMinor, total.currency)}</Table.Td>}
                <Table.Td ta="right">{money(total.totalMinor, total.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}
