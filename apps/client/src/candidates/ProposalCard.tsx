import { describeError, FormError, formatMoney, JobThread, MatchReasons } from '@delegate/ui';
import { Anchor, Badge, Button, Card, Group, Modal, Select, Spoiler, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { CandidatesQuery as CandidatesData, DeclineReason } from '../gql/graphql';
import { profileLink } from '../talent/profile-link';
import { OfferForm } from './OfferForm';
import { useCandidateActions } from './use-candidates';

export type Match = CandidatesData['jobMatches']['items'][number];
export type Proposal = CandidatesData['jobProposals']['items'][number];

const DECLINE_REASONS: DeclineReason[] = ['BUDGET', 'SKILLS', 'AVAILABILITY', 'HIRED_SOMEONE_ELSE', 'OTHER'];

/** A proposal with the VA's match, the thread, and what the business may do: shortlist, offer, decline. */
export function ProposalCard({
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
            <Anchor component={Link} to={profileLink(freelancer.id, job)} fw={600}>
              {freelancer.displayName}
            </Anchor>
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
