import { Anchor, Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useViewer } from '../account/use-viewer';
import { ErrorState } from '../layout/ErrorState';
import { Pager } from '../layout/Pager';
import { describeTerms } from './terms';
import { useContracts } from './use-contract-data';

const PAGE_SIZE = 25;

/** The caller's contracts, newest first: the organisation's in the client app, the VA's own in theirs. */
export function ContractsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useContracts(offset, PAGE_SIZE);
  const t = (id: string) => intl.formatMessage({ id });
  const isVa = viewer?.kind === 'FREELANCER';
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('contracts.title')}
      </Title>
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.contracts.totalCount === 0 && <Text c="dimmed">{t('contracts.empty')}</Text>}
      {data && data.contracts.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.job')}</Table.Th>
                <Table.Th>{t(isVa ? 'contracts.client' : 'contracts.freelancer')}</Table.Th>
                <Table.Th>{t('contracts.terms')}</Table.Th>
                <Table.Th>{t('contracts.start')}</Table.Th>
                <Table.Th>{t('contracts.status')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.contracts.items.map((contract) => (
                <Table.Tr key={contract.id} data-testid="contract-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/contracts/${contract.id}`}>
                      {contract.job.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    {isVa ? (
                      contract.organizationName
                    ) : (
                      <Anchor
                        component={Link}
                        to={`/vas/${contract.freelancer.id}?${new URLSearchParams({ currency: contract.terms.currency, job: contract.job.id })}`}
                      >
                        {contract.freelancer.displayName}
                      </Anchor>
                    )}
                  </Table.Td>
                  <Table.Td>{describeTerms(contract.terms, contract.milestones, intl)}</Table.Td>
                  <Table.Td>
                    {intl.formatDate(`${contract.terms.startDate}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })}
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light" color={contract.status === 'ACTIVE' ? 'green' : 'gray'}>
                      {t(`contracts.statusName.${contract.status}`)}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.contracts.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
