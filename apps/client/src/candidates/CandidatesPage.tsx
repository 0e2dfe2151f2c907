import {
  describeBudget,
  describeError,
  describeTerms,
  ErrorState,
  FormError,
  formatMoney,
  JobThread,
  MatchReasons,
  Pager,
} from '@delegate/ui';
import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Select,
  Spoiler,
  Stack,
  Table,
  Tabs,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { Fragment, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { CandidatesQuery as CandidatesData, DeclineReason } from '../gql/graphql';
import { OfferForm } from './OfferForm';
import { useCandidateActions, useCandidates } from './use-candidates';

const PAGE_SIZE = 20;
const FACTORS = ['SKILLS', 'RATE', 'OVERLAP', 'CAPACITY', 'LANGUAGES', 'VETTING', 'RESPONSIVENESS'] as const;
const DECLINE_REASONS: DeclineReason[] = ['BUDGET', 'SKILLS', 'AVAILABILITY', 'HIRED_SOMEONE_ELSE', 'OTHER'];
type Match = CandidatesData['jobMatches']['items'][number];
type Proposal = CandidatesData['jobProposals']['items'][number];

/** A job's candidates: proposals and matches side by side, with the hiring actions. */
export function CandidatesPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const [offset, setOffset] = useState(0);
  const [tab, setTab] = useState<string | null>('proposals');
  const { data, loading, error, refetch } = useCandidates(id, offset, PAGE_SIZE);
  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { jobPost: job, jobMatches: matches, jobProposals: proposals } = data;
  const matchOf = new Map(matches.items.map((match) => [match.freelancer.id, match]));
  return (
    <Stack maw={1200}>
      <Group justify="space-between">
        <Stack gap={0}>
          <Title order={1} size="h2">
            {job.title}
          </Title>
          <Text c="dimmed" size="sm">
            {describeBudget(job, intl)} · {t(`jobs.statusName.${job.status}`)} ·{' '}
            <Anchor component={Link} to={`/jobs/${job.id}`} size="sm">
              {t('candidates.editPost')}
            </Anchor>
          </Text>
        </Stack>
      </Group>
      <TimeToCandidates publishedAt={job.publishedAt} ranking={matches.ranking} />
      <Tabs value={tab} onChange={setTab}>
        <Tabs.List>
          <Tabs.Tab value="proposals">{t('candidates.proposals', { count: proposals.totalCount })}</Tabs.Tab>
          <Tabs.Tab value="matches">{t('candidates.matches', { count: matches.totalCount })}</Tabs.Tab>
          <Tabs.Tab value="offers">{t('candidates.offers', { count: data.jobOffers.items.length })}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="proposals" pt="md">
          <Stack>
            {proposals.totalCount === 0 && <Text c="dimmed">{t('candidates.noProposals')}</Text>}
            {proposals.items.map((proposal) => (
              <ProposalCard
                key={proposal.id}
                job={job}
                proposal={proposal}
                match={matchOf.get(proposal.freelancer.id)}
                onChanged={() => void refetch()}
              />
            ))}
            <Pager offset={offset} limit={PAGE_SIZE} total={proposals.totalCount} onChange={setOffset} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="matches" pt="md">
          <MatchesTable matches={matches.items} proposals={proposals.items} />
        </Tabs.Panel>
        <Tabs.Panel value="offers" pt="md">
          <OffersTable offers={data.jobOffers.items} onChanged={() => void refetch()} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function TimeToCandidates({
  publishedAt,
  ranking,
}: {
  publishedAt: string | null | undefined;
  ranking: CandidatesData['jobMatches']['ranking'];
}) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  if (!publishedAt) return null;
  const since = (at: string | null | undefined) => {
    if (!at) return t('candidates.notYet');
    const minutes = Math.max(0, (Date.parse(at) - Date.parse(publishedAt)) / 60_000);
    return minutes < 60
      ? t('candidates.minutes', { minutes: Math.max(1, Math.round(minutes)) })
      : t('candidates.hours', { hours: intl.formatNumber(minutes / 60, { maximumFractionDigits: 1 }) });
  };
  const steps: Array<[string, string]> = [
    [t('candidates.firstMatch'), since(ranking?.firstMatchAt)],
    [t('candidates.firstInvite'), since(ranking?.firstInviteAt)],
    [t('candidates.firstProposal'), since(ranking?.firstProposalAt)],
  ];
  return (
    <Group gap="xl" aria-label={t('candidates.timeTo')} role="group">
      {steps.map(([label, value]) => (
        <Stack key={label} gap={0}>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={600}>{value}</Text>
        </Stack>
      ))}
      {ranking && (
        <Stack gap={0}>
          <Text size="xs" c="dimmed">
            {t('candidates.qualified')}
          </Text>
          <Text fw={600}>{intl.formatNumber(ranking.qualifiedCount)}</Text>
        </Stack>
      )}
    </Group>
  );
}

function ProposalCard({
  job,
  proposal,
  match,
  onChanged,
}: {
  job: CandidatesData['jobPost'];
  proposal: Proposal;
  match: Match | undefined;
  onChanged: () => void;
}) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const { shortlist, shortlisting, decline } = useCandidateActions();
  const [problem, setProblem] = useState<string | null>(null);
  const [panel, setPanel] = useState<'thread' | 'why' | null>(null);
  const [offering, setOffering] = useState(false);
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState<DeclineReason>('SKILLS');
  const live = proposal.status === 'SUBMITTED' || proposal.status === 'SHORTLISTED';
  const run = (action: () => Promise<unknown>) =>
    void action()
      .then(onChanged)
      .catch((failure) => setProblem(describeError(failure, intl).message));
  const { freelancer } = proposal;
  return (
    <Card withBorder component="article" aria-label={freelancer.displayName} data-testid="proposal-card">
      <Stack gap="xs">
        <Group justify="space-between" align="flex-start">
          <Stack gap={0}>
            <Text fw={600}>{freelancer.displayName}</Text>
            <Text size="sm" c="dimmed">
              {freelancer.headline}
              {freelancer.country ? ` · ${freelancer.country}` : ''} · {freelancer.timeZone}
            </Text>
          </Stack>
          <Group gap={6}>
            {match && <Badge variant="light">{t('feed.score', { score: Math.round(match.score) })}</Badge>}
            <Badge data-testid="proposal-status">{t(`proposal.status.${proposal.status}`)}</Badge>
          </Group>
        </Group>
        <Text size="sm">
          {t(`candidates.proposes.${job.budgetKind ?? 'HOURLY'}`, {
            amount: formatMoney(intl, proposal.amountMinor, proposal.currency),
          })}{' '}
          ·{' '}
          {t('candidates.availableFrom', {
            date: intl.formatDate(`${proposal.availableFrom}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }),
          })}
        </Text>
        <Spoiler maxHeight={72} showLabel={t('common.showMore')} hideLabel={t('common.showLess')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {proposal.coverLetter}
          </Text>
          {job.screeningQuestions.map((question, index) => (
            <Text key={question} size="sm" mt="xs">
              <b>{question}</b> {proposal.screeningAnswers[index]}
            </Text>
          ))}
        </Spoiler>
        <FormError message={problem} />
        <Group gap="xs">
          {proposal.status === 'SUBMITTED' && (
            <Button size="xs" variant="light" loading={shortlisting} onClick={() => run(() => shortlist(proposal.id))}>
              {t('candidates.shortlist')}
            </Button>
          )}
          {live && (
            <Button size="xs" onClick={() => setOffering(true)}>
              {t('candidates.makeOffer')}
            </Button>
          )}
          <Button
            size="xs"
            variant="default"
            onClick={() => setPanel(panel === 'thread' ? null : 'thread')}
            aria-expanded={panel === 'thread'}
          >
            {t('candidates.message')}
          </Button>
          {match && (
            <Button
              size="xs"
              variant="subtle"
              onClick={() => setPanel(panel === 'why' ? null : 'why')}
              aria-expanded={panel === 'why'}
            >
              {t('candidates.why')}
            </Button>
          )}
          {live && (
            <Button size="xs" variant="subtle" color="red" onClick={() => setDeclining(true)}>
              {t('candidates.decline')}
            </Button>
          )}
        </Group>
        {panel === 'why' && match && <MatchReasons explanation={match} />}
        {panel === 'thread' && <JobThread jobId={job.id} freelancerId={freelancer.id} />}
      </Stack>
      <Modal
        opened={offering}
        onClose={() => setOffering(false)}
        title={t('offer.title', { name: freelancer.displayName })}
        size="lg"
      >
        <OfferForm
          job={job}
          proposal={proposal}
          onSent={(awaitingApproval) => {
            setOffering(false);
            notifications.show(
              awaitingApproval
                ? { color: 'orange', message: t('offer.awaitingApproval') }
                : { color: 'green', message: t('offer.sent', { name: freelancer.displayName }) },
            );
            onChanged();
          }}
        />
      </Modal>
      <Modal
        opened={declining}
        onClose={() => setDeclining(false)}
        title={t('candidates.declineTitle', { name: freelancer.displayName })}
      >
        <Stack>
          <Text size="sm">{t('candidates.declineBody')}</Text>
          <Select
            label={t('candidates.declineReason')}
            data={DECLINE_REASONS.map((value) => ({ value, label: t(`proposal.declineReason.${value}`) }))}
            value={reason}
            onChange={(value) => value && setReason(value as DeclineReason)}
            allowDeselect={false}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeclining(false)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                setDeclining(false);
                run(() => decline(proposal.id, reason));
              }}
            >
              {t('candidates.decline')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Card>
  );
}

function MatchesTable({ matches, proposals }: { matches: Match[]; proposals: Proposal[] }) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const [open, setOpen] = useState<string | null>(null);
  const proposed = new Set(proposals.map((proposal) => proposal.freelancer.id));
  if (matches.length === 0) return <Text c="dimmed">{t('candidates.noMatches')}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('candidates.va')}</Table.Th>
            <Table.Th>{t('candidates.score')}</Table.Th>
            {FACTORS.map((factor) => (
              <Table.Th key={factor}>{t(`match.factor.${factor.toLowerCase()}`)}</Table.Th>
            ))}
            <Table.Th>{t('candidates.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {matches.map((match) => {
            const points = new Map(match.factors.map((factor) => [factor.factor, factor]));
            const id = match.freelancer.id;
            return (
              <Fragment key={id}>
                <Table.Tr data-testid="match-row">
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      onClick={() => setOpen(open === id ? null : id)}
                      aria-expanded={open === id}
                    >
                      {match.freelancer.displayName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td fw={600}>{Math.round(match.score)}</Table.Td>
                  {FACTORS.map((factor) => {
                    const score = points.get(factor);
                    return (
                      <Table.Td key={factor}>{score ? `${Math.round(score.points)}/${score.maxPoints}` : '–'}</Table.Td>
                    );
                  })}
                  <Table.Td>
                    {proposed.has(id) ? (
                      <Badge color="teal">{t('candidates.proposed')}</Badge>
                    ) : match.invitedAt ? (
                      <Badge color="grape">{t('feed.invited')}</Badge>
                    ) : null}
                  </Table.Td>
                </Table.Tr>
                {open === id && (
                  <Table.Tr>
                    <Table.Td colSpan={FACTORS.length + 3}>
                      <MatchReasons explanation={match} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function OffersTable({ offers, onChanged }: { offers: CandidatesData['jobOffers']['items']; onChanged: () => void }) {
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
                      modals.openConfirmModal({
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
