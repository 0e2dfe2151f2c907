import { describeError, ErrorState, FormError, formatMoney, openConfirmModal, Pager, useViewer } from '@delegate/ui';
import { Anchor, Badge, Button, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useMyProposals, useProposalActions } from '../jobs/use-jobs';

const PAGE_SIZE = 25;
const STATUS_COLOUR: Record<string, string> = {
  SUBMITTED: 'blue',
  SHORTLISTED: 'teal',
  HIRED: 'green',
  DECLINED: 'gray',
  WITHDRAWN: 'gray',
};

/** The VA's proposals with where each stands; live ones can be withdrawn. */
export function ProposalsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string) => intl.formatMessage({ id });
  const [offset, setOffset] = useState(0);
  const { data, loading, error, refetch } = useMyProposals(offset, PAGE_SIZE);
  const { withdraw } = useProposalActions();
  const [problem, setProblem] = useState<string | null>(null);
  const confirmWithdraw = (id: string) =>
    openConfirmModal({
      title: t('proposal.withdrawTitle'),
      children: <Text size="sm">{t('proposal.withdrawBody')}</Text>,
      labels: { confirm: t('proposal.withdraw'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void withdraw(id).catch((failure) => setProblem(describeError(failure, intl).message)),
    });
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {t('proposals.title')}
      </Title>
      <FormError message={problem} />
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.myProposals.totalCount === 0 && <Text c="dimmed">{t('proposals.empty')}</Text>}
      {data && data.myProposals.items.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contracts.job')}</Table.Th>
                <Table.Th>{t('proposals.amount')}</Table.Th>
                <Table.Th>{t('proposals.updated')}</Table.Th>
                <Table.Th>{t('contracts.status')}</Table.Th>
                <Table.Th>
                  <VisuallyHidden>{t('proposals.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.myProposals.items.map((proposal) => (
                <Table.Tr key={proposal.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/jobs/${proposal.job.id}`}>
                      {proposal.job.title}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{formatMoney(intl, proposal.amountMinor, proposal.currency)}</Table.Td>
                  <Table.Td>
                    {intl.formatDate(proposal.updatedAt, { dateStyle: 'medium', timeZone: viewer?.timeZone })}
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOUR[proposal.status]} variant="light">
                      {t(`proposal.status.${proposal.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {(proposal.status === 'SUBMITTED' || proposal.status === 'SHORTLISTED') && (
                      <Button size="xs" variant="subtle" color="red" onClick={() => confirmWithdraw(proposal.id)}>
                        {t('proposal.withdraw')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.myProposals.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
