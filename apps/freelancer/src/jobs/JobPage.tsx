import {
  describeBudget,
  describeError,
  describeTerms,
  ErrorState,
  FormError,
  formatMoney,
  JobThread,
  MatchReasons,
  openConfirmModal,
  SkillName,
  todayIn,
  toMinor,
  useFormSubmit,
  useViewer,
  workingHoursValues,
} from '@delegate/ui';
import {
  Alert,
  Badge,
  Button,
  Card,
  Grid,
  Group,
  List,
  Loader,
  NumberInput,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useParams } from 'react-router';
import type { JobPageQuery as JobPageData } from '../gql/graphql';
import { ClientRecordCard } from './ClientRecord';
import { useJobPage, useProposalActions } from './use-jobs';

type Listing = NonNullable<JobPageData['jobListing']>;
type Offer = JobPageData['myOffers']['items'][number];

/** One post as a VA reads it: the work, why they were matched, their proposal, any offer, and the thread. */
export function JobPage() {
  const intl = useIntl();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useJobPage(id);
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { jobListing: job, myJobMatch: match, myProposalForJob: proposal } = data;
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const pendingOffers = data.myOffers.items.filter((offer) => offer.status === 'PENDING');
  const liveProposal = proposal && proposal.status !== 'WITHDRAWN' ? proposal : null;
  return (
    <Stack maw={1100}>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {job.title}
        </Title>
        <Badge variant="light">{t(`jobs.statusName.${job.status}`)}</Badge>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Details job={job} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack>
            {pendingOffers.map((offer) => (
              <OfferCard key={offer.id} offer={offer} onAnswered={() => void refetch()} />
            ))}
            {data.myOffers.items.some((offer) => offer.status === 'ACCEPTED') && (
              <Alert color="green" title={t('offer.acceptedTitle')}>
                <Link to="/contracts">{t('offer.seeContracts')}</Link>
              </Alert>
            )}
            {match && (
              <Card withBorder>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Title order={2} size="h4">
                      {t('job.whyMatched')}
                    </Title>
                    <Badge variant="light">{t('feed.score', { score: Math.round(match.score) })}</Badge>
                  </Group>
                  {match.invitedAt && (
                    <Text size="sm">
                      {t('job.invitedOn', { date: intl.formatDate(match.invitedAt, { dateStyle: 'medium' }) })}
                    </Text>
                  )}
                  <MatchReasons explanation={match} />
                </Stack>
              </Card>
            )}
            {liveProposal ? (
              <ProposalStatus proposal={liveProposal} />
            ) : job.status === 'OPEN' ? (
              <ProposalForm job={job} />
            ) : (
              <Text c="dimmed">{t('job.notTakingProposals')}</Text>
            )}
            <ClientRecordCard client={job.client} />
          </Stack>
        </Grid.Col>
      </Grid>
      {liveProposal && (
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('thread.title')}
          </Title>
          <JobThread jobId={job.id} />
        </Card>
      )}
    </Stack>
  );
}

function Details({ job }: { job: Listing }) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const languageName = new Intl.DisplayNames([intl.locale], { type: 'language' });
  const facts: Array<[string, string]> = [
    [t('job.budget'), describeBudget(job, intl)],
    [t('jobs.weeklyHours'), String(job.weeklyHours ?? '–')],
    [
      t('jobs.startDate'),
      job.startDate
        ? intl.formatDate(`${job.startDate}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' })
        : t('job.flexible'),
    ],
    [t('jobs.durationWeeks'), job.durationWeeks ? t('job.weeks', { weeks: job.durationWeeks }) : t('job.ongoing')],
    [
      t('job.workingHours'),
      `${t('common.workingHours', workingHoursValues(job.workStartMinute, job.workEndMinute))} (${job.timeZone})`,
    ],
    [t('jobs.minOverlap'), t('job.hoursADay', { hours: job.minOverlapHours })],
    [t('jobs.trial'), job.trialWeeks ? t('job.weeks', { weeks: job.trialWeeks }) : t('jobs.noTrial')],
    [t('jobs.nda'), t(job.ndaRequired ? 'common.yes' : 'common.no')],
  ];
  return (
    <Stack>
      <Text style={{ whiteSpace: 'pre-wrap' }}>{job.summary}</Text>
      <Card withBorder>
        <Stack gap={4} component="dl" m={0}>
          {facts.map(([label, value]) => (
            <Group key={label} gap="xs" wrap="nowrap">
              <Text component="dt" size="sm" fw={500} w={200}>
                {label}
              </Text>
              <Text component="dd" size="sm" m={0}>
                {value}
              </Text>
            </Group>
          ))}
        </Stack>
      </Card>
      <Title order={2} size="h4">
        {t('jobs.tasks')}
      </Title>
      <List>
        {job.tasks.map((task) => (
          <List.Item key={task}>{task}</List.Item>
        ))}
      </List>
      <Title order={2} size="h4">
        {t('jobs.section.skills')}
      </Title>
      <Group gap={6}>
        {job.skills.map((skill) => (
          <Badge key={skill.skill.id} variant={skill.importance === 'MUST_HAVE' ? 'filled' : 'outline'}>
            <SkillName skill={skill.skill} /> · {t(`jobs.importance.${skill.importance}`)}
          </Badge>
        ))}
        {job.languages.map((language) => (
          <Badge key={language.language} variant="outline" color="gray">
            {languageName.of(language.language)} {language.minLevel}
          </Badge>
        ))}
      </Group>
    </Stack>
  );
}

function ProposalForm({ job }: { job: Listing }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const today = todayIn(viewer?.timeZone);
  const form = useForm({
    initialValues: {
      coverLetter: '',
      amount: '' as number | string,
      screeningAnswers: job.screeningQuestions.map(() => ''),
      availableFrom: job.startDate && job.startDate > today ? job.startDate : today,
    },
    validate: {
      coverLetter: (value) => (value.trim().length < 50 ? t('proposal.coverTooShort') : null),
      amount: (value) => (toMinor(value) ? null : t('errors.field.required')),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  const { submit: send } = useProposalActions();
  return (
    <Card withBorder>
      <form
        onSubmit={submit(async (values) => {
          await send({
            jobId: job.id,
            coverLetter: values.coverLetter,
            amountMinor: toMinor(values.amount) ?? 0,
            screeningAnswers: values.screeningAnswers,
            availableFrom: values.availableFrom,
          });
        })}
      >
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('proposal.title')}
          </Title>
          <Textarea
            label={t('proposal.coverLetter')}
            description={t('proposal.coverHint')}
            autosize
            minRows={5}
            maxLength={5000}
            required
            {...form.getInputProps('coverLetter')}
          />
          <NumberInput
            label={t(`proposal.amount.${job.budgetKind ?? 'HOURLY'}`, { currency: job.currency })}
            description={t('job.budgetIs', { budget: describeBudget(job, intl) })}
            min={0}
            decimalScale={2}
            required
            {...form.getInputProps('amount')}
            error={form.errors.amount ?? form.errors.amountMinor}
          />
          {job.screeningQuestions.map((question, index) => (
            <Textarea
              key={question}
              label={question}
              autosize
              minRows={2}
              maxLength={2000}
              required
              {...form.getInputProps(`screeningAnswers.${index}`)}
            />
          ))}
          <TextInput
            type="date"
            label={t('proposal.availableFrom')}
            min={today}
            required
            {...form.getInputProps('availableFrom')}
          />
          <FormError message={formError} />
          <Button type="submit" loading={submitting}>
            {t('proposal.send')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}

function ProposalStatus({ proposal }: { proposal: NonNullable<JobPageData['myProposalForJob']> }) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const { withdraw, withdrawing } = useProposalActions();
  const [problem, setProblem] = useState<string | null>(null);
  const confirmWithdraw = () =>
    openConfirmModal({
      title: t('proposal.withdrawTitle'),
      children: <Text size="sm">{t('proposal.withdrawBody')}</Text>,
      labels: { confirm: t('proposal.withdraw'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void withdraw(proposal.id).catch((error) => setProblem(describeError(error, intl).message)),
    });
  return (
    <Card withBorder>
      <Stack gap="xs">
        <Group justify="space-between">
          <Title order={2} size="h4">
            {t('proposal.yours')}
          </Title>
          <Badge data-testid="proposal-status">{t(`proposal.status.${proposal.status}`)}</Badge>
        </Group>
        <Text size="sm">{formatMoney(intl, proposal.amountMinor, proposal.currency)}</Text>
        {proposal.declineReason && (
          <Text size="sm" c="dimmed">
            {t(`proposal.declineReason.${proposal.declineReason}`)}
          </Text>
        )}
        <FormError message={problem} />
        {(proposal.status === 'SUBMITTED' || proposal.status === 'SHORTLISTED') && (
          <Button variant="default" color="red" onClick={confirmWithdraw} loading={withdrawing}>
            {t('proposal.withdraw')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}

function OfferCard({ offer, onAnswered }: { offer: Offer; onAnswered: () => void }) {
  const intl = useIntl();
  const t = (key: string, values?: Record<string, string | number>) => intl.formatMessage({ id: key }, values);
  const { acceptOffer, accepting, declineOffer, declining } = useProposalActions();
  const [problem, setProblem] = useState<string | null>(null);
  const answer = (action: () => Promise<unknown>) => () =>
    void action()
      .then(onAnswered)
      .catch((error) => setProblem(describeError(error, intl).message));
  const terms = describeTerms(offer.terms, offer.milestones, intl);
  const start = intl.formatDate(`${offer.terms.startDate}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <Card withBorder bg="var(--mantine-color-green-light)">
      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('offer.received', { organization: offer.organizationName })}
        </Title>
        <Text size="sm" fw={500}>
          {terms}
        </Text>
        <Text size="sm">{t('offer.starts', { date: start })}</Text>
        {offer.milestones.length > 0 && (
          <List size="sm">
            {offer.milestones.map((milestone) => (
              <List.Item key={milestone.title}>
                {milestone.title}: {formatMoney(intl, milestone.amountMinor, offer.terms.currency)}
              </List.Item>
            ))}
          </List>
        )}
        {offer.message && (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {offer.message}
          </Text>
        )}
        <FormError message={problem} />
        <Group>
          <Button
            loading={accepting}
            onClick={() =>
              openConfirmModal({
                title: t('offer.acceptTitle'),
                children: <Text size="sm">{t('offer.acceptBody', { terms, date: start })}</Text>,
                labels: { confirm: t('offer.accept'), cancel: t('common.cancel') },
                onConfirm: answer(() => acceptOffer(offer.id)),
              })
            }
          >
            {t('offer.accept')}
          </Button>
          <Button
            variant="default"
            loading={declining}
            onClick={() =>
              openConfirmModal({
                title: t('offer.declineTitle'),
                children: <Text size="sm">{t('offer.declineBody')}</Text>,
                labels: { confirm: t('offer.decline'), cancel: t('common.cancel') },
                confirmProps: { color: 'red' },
                onConfirm: answer(() => declineOffer(offer.id)),
              })
            }
          >
            {t('offer.decline')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
