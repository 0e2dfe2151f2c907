import { describeError, describeTerms, FormError, openConfirmModal } from '@delegate/ui';
import { Badge, Button, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { CandidatesQuery as CandidatesData } from '../gql/graphql';
import { useCandidateActions } from './use-candidates';
/** Offers made on the post, with where each stands; pending ones can be withdrawn. */
export function OffersTable({
  offers,
  onChanged,
}: {
  offers: CandidatesData['jobOffers']['items'];
  onChanged: () => void;
}) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const { withdrawOffer } = useCandidateActions();
  const [problem, setProblem] = useState<string | null>(null);
  if (offers.length === 0) return <Text c="dimmed">{t('candidates.noOffers')}</Text>;
  return (
    <Stack>
      <FormError message={problem} />
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('candidates.va')}</Table.Th>
            <Table.Th>{t('contracts.terms')}</Table.Th>
            <Table.Th>{t('contracts.status')}</Table.Th>
            <Table.Th>
              <VisuallyHidden>{t('proposals.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {offers.map((offer) => (
            <Table.Tr key={offer.id}>
              <Table.Td>{offer.freelancer.displayName}</Table.Td>
              <Table.Td>{describeTerms(offer.terms, offer.milestones, intl)}</Table.Td>
              <Table.Td>
                <Badge variant="light">{t(`offer.status.${offer.status}`)}</Badge>
              </Table.Td>
              <Table.Td>
                {(offer.status === 'PENDING' || offer.status === 'AWAITING_APPROVAL') && (
                  <Button
                    size="xs"
                    variant="subtle"
                    color="red"
                    onClick={() =>
                      openConfirmModal({
                        title: t('offer.withdrawTitle'),
                        children: <Text size="sm">{t('offer.withdrawBody')}</Text>,
                        labels: { confirm: t('offer.withdraw'), cancel: t('common.cancel') },
                        confirmProps: { color: 'red' },
                        onConfirm: () =>
                          void withdrawOffer(offer.id)
                            .then(onChanged)
                            .catch((failure) => setProblem(describeError(failure, intl).message)),
                      })
                    }
                  >
                    {t('offer.withdraw')}
                  </Button>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
