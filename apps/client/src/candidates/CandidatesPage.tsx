import { describeBudget, ErrorState, MatchReasons, Pager } from '@delegate/ui';
import { Anchor, Badge, Group, Loader, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { CandidatesQuery as CandidatesData } from '../gql/graphql';
import { profileLink } from '../talent/profile-link';
import { OffersTable } from './OffersTable';
import { type Match, type Proposal, ProposalCard } from './ProposalCard';
import { useCandidates } from './use-candidates';

const PAGE_SIZE = 20;
const FACTORS = ['SKILLS', 'RATE', 'OVERLAP', 'CAPACITY', 'LANGUAGES', 'VETTING', 'RESPONSIVENESS'] as const;

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
          <MatchesTable job={job} matches={matches.items} proposals={proposals.items} />
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

function MatchesTable({
  job,
  matches,
  proposals,
}: {
  job: { id: string; currency: string };
  matches: Match[];
  proposals: Proposal[];
}) {
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
                      <Anchor component={Link} to={profileLink(id, job)} size="sm">
                        {t('candidates.viewProfile')}
                      </Anchor>
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
