import { describeError, ErrorState, SkillName, useSkillNames, useViewer, workingHoursValues } from '@delegate/ui';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  Loader,
  Modal,
  Select,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Timeline,
  Title,
} from '@mantine/core';
import { modals } from '@mantine/modals';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import type { OpsApplicationFragment } from '../gql/graphql';
import { GradingPanel } from './GradingPanel';
import { InterviewPanel } from './InterviewPanel';
import { ScorecardModal } from './ScorecardModal';
import { SLA_COLOUR } from './sla';
import { useReviewActions, useVettingApplication } from './use-vetting';

type Dialog = 'advance' | 'return' | 'reject' | 'reopen' | null;

/** One application as ops review it: the VA's profile and résumé, the history with scorecards, and the next actions. */
export function ApplicationReviewPage() {
  const { skillName } = useSkillNames();
  const intl = useIntl();
  const { id = '' } = useParams();
  const { data, loading, error, refetch } = useVettingApplication(id);
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return (
    <Review
      application={data.vettingApplication}
      stages={data.vettingStages}
      tests={data.skillTests.map((test) => ({ value: test.id, label: `${skillName(test.skill)}: ${test.title}` }))}
    />
  );
}

function Review({
  application,
  stages,
  tests,
}: {
  application: OpsApplicationFragment;
  stages: Array<{ stage: string; criteria: Array<{ key: string; weight: string }> }>;
  tests: Array<{ value: string; label: string }>;
}) {
  const { skillName } = useSkillNames();
  const intl = useIntl();
  const { viewer } = useViewer();
  const [dialog, setDialog] = useState<Dialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const openDialog = (next: Dialog) => {
    setProblem(null);
    setDialog(next);
  };
  const when = (instant: string) =>
    intl.formatDate(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });
  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      setDialog(null);
      return true;
    } catch (actionError) {
      setProblem(describeError(actionError, intl).message);
      return false;
    }
  };
  const { claim, approve, assignTest } = useReviewActions();
  const [chosenTest, setChosenTest] = useState<string | null>(null);

  const inReview = application.status === 'IN_REVIEW';
  const decided = application.status === 'APPROVED' || application.status === 'REJECTED';
  const mine = application.claimedBy?.id === viewer?.id;
  const canAct = inReview && mine;
  const criteria = stages.find((row) => row.stage === application.stage)?.criteria ?? [];
  const id = application.id;

  const confirmApprove = () =>
    modals.openConfirmModal({
      title: intl.formatMessage({ id: 'review.approveTitle' }),
      children: <Text size="sm">{intl.formatMessage({ id: 'review.approveBody' })}</Text>,
      labels: {
        confirm: intl.formatMessage({ id: 'review.approve' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      onConfirm: () => void run(() => approve(id)),
    });

  return (
    <Stack maw={1100}>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {application.freelancer.displayName}
          </Title>
          <Text size="sm" c="dimmed">
            {application.freelancer.email} · {application.freelancer.timeZone}
          </Text>
        </div>
        <Group gap="xs">
          <Badge variant="light" data-testid="review-status">
            {intl.formatMessage({ id: `application.status.${application.status}` })}
          </Badge>
          <Badge variant="light" color="indigo" data-testid="review-stage">
            {intl.formatMessage({ id: `pipeline.stage.${application.stage}` })}
          </Badge>
          {inReview && (
            <Badge color={SLA_COLOUR[application.slaStatus]}>
              {intl.formatMessage({ id: `vetting.sla.${application.slaStatus}` })} · {when(application.slaDueAt)}
            </Badge>
          )}
        </Group>
      </Group>

      {problem && (
        <Alert color="red" role="alert" withCloseButton onClose={() => setProblem(null)}>
          {problem}
        </Alert>
      )}

      <Card withBorder>
        <Group>
          {inReview && !mine && (
            <Button onClick={() => void run(() => claim(id, application.claimedBy !== null))}>
              {intl.formatMessage({
                id: application.claimedBy ? 'review.takeOver' : 'review.claim',
              })}
            </Button>
          )}
          {application.claimedBy && (
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'review.claimedBy' }, { name: application.claimedBy.displayName })}
            </Text>
          )}
          {canAct && application.stage !== 'DECISION' && (
            <Button onClick={() => openDialog('advance')}>{intl.formatMessage({ id: 'review.advance' })}</Button>
          )}
          {canAct && application.stage === 'DECISION' && (
            <Button color="teal" onClick={confirmApprove}>
              {intl.formatMessage({ id: 'review.approve' })}
            </Button>
          )}
          {canAct && (
            <Button variant="light" color="yellow" onClick={() => openDialog('return')}>
              {intl.formatMessage({ id: 'review.sendBack' })}
            </Button>
          )}
          {canAct && (
            <Button variant="light" color="red" onClick={() => openDialog('reject')}>
              {intl.formatMessage({ id: 'review.reject' })}
            </Button>
          )}
          {decided && viewer?.opsRole === 'ADMIN' && (
            <Button variant="default" onClick={() => openDialog('reopen')}>
              {intl.formatMessage({ id: 'review.reopen' })}
            </Button>
          )}
        </Group>
        {application.status === 'RETURNED' && (
          <Alert color="yellow" mt="sm" title={intl.formatMessage({ id: 'review.withVa' })}>
            {application.returnRequest}
          </Alert>
        )}
        {application.status === 'REJECTED' && (
          <Alert color="red" mt="sm" title={intl.formatMessage({ id: 'review.rejected' })}>
            {application.rejectionReason}
            {application.reapplyAfter && (
              <Text size="sm" mt={4}>
                {intl.formatMessage(
                  { id: 'application.reapplyFrom' },
                  {
                    date: intl.formatDate(`${application.reapplyAfter}T00:00:00Z`, {
                      dateStyle: 'long',
                      timeZone: 'UTC',
                    }),
                  },
                )}
              </Text>
            )}
          </Alert>
        )}
        {application.status === 'APPROVED' && (
          <Alert
            color="teal"
            mt="sm"
            title={intl.formatMessage({ id: 'review.approved' }, { score: application.vettingScore ?? 0 })}
          >
            {application.badges.map((badge) => `${skillName(badge.skill)} (${badge.scorePercent} %)`).join(', ')}
          </Alert>
        )}
      </Card>

      <ProfilePanel application={application} />

      {application.stage === 'SKILLS_TEST' && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              {intl.formatMessage({ id: 'review.skillsTest' })}
            </Title>
            {application.testAttempts.length === 0 && (
              <Text c="dimmed">{intl.formatMessage({ id: 'review.noTest' })}</Text>
            )}
            {application.testAttempts.map((attempt) => (
              <GradingPanel key={attempt.id} attempt={attempt} canGrade={inReview} />
            ))}
            {inReview && (
              <Group align="flex-end">
                <Select
                  label={intl.formatMessage({ id: 'review.assignTest' })}
                  data={tests}
                  value={chosenTest}
                  onChange={setChosenTest}
                  searchable
                  w={360}
                />
                <Button
                  variant="light"
                  disabled={!chosenTest}
                  onClick={() => chosenTest && void run(() => assignTest(id, chosenTest))}
                >
                  {intl.formatMessage({ id: 'review.assign' })}
                </Button>
              </Group>
            )}
          </Stack>
        </Card>
      )}
      {(application.stage === 'INTERVIEW' || application.interviewSlots.length > 0) && (
        <InterviewPanel
          application={application}
          canPropose={inReview && application.stage === 'INTERVIEW'}
          onError={setProblem}
        />
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {intl.formatMessage({ id: 'application.history' })}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={application.events.length - 1}>
          {application.events.map((event) => (
            <Timeline.Item
              key={event.id}
              title={intl.formatMessage(
                { id: `application.event.${event.kind}` },
                { stage: intl.formatMessage({ id: `pipeline.stage.${event.stage}` }) },
              )}
            >
              <Text size="xs" c="dimmed">
                {when(event.occurredAt)}
                {event.actor && ` · ${event.actor.displayName}`}
              </Text>
              {event.message && <Text size="sm">{event.message}</Text>}
              {event.notes && (
                <Text size="sm" fs="italic">
                  {event.notes}
                </Text>
              )}
              {event.scorecard && (
                <Table withRowBorders={false} mt={4} fz="xs">
                  <Table.Tbody>
                    {event.scorecard.map((line) => (
                      <Table.Tr key={line.criterion}>
                        <Table.Td>{intl.formatMessage({ id: `criterion.${line.criterion}` })}</Table.Td>
                        <Table.Td>{intl.formatMessage({ id: `weight.${line.weight}` })}</Table.Td>
                        <Table.Td>{intl.formatMessage({ id: `rating.${line.rating}` })}</Table.Td>
                        <Table.Td>{line.comment}</Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>

      <ScorecardModal
        opened={dialog === 'advance'}
        onClose={() => setDialog(null)}
        applicationId={id}
        stage={application.stage}
        criteria={criteria}
        run={run}
        problem={problem}
      />
      <ReasonModal kind={dialog} applicationId={id} onClose={() => setDialog(null)} run={run} problem={problem} />
    </Stack>
  );
}

function ReasonModal({
  kind,
  applicationId,
  onClose,
  run,
  problem,
}: {
  kind: Dialog;
  applicationId: string;
  onClose: () => void;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  /** A refused action, shown in the dialog (the page behind it is covered). */
  problem: string | null;
}) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [notes, setNotes] = useState('');
  const { sendBack, reject, reopen } = useReviewActions();
  const opened = kind === 'return' || kind === 'reject' || kind === 'reopen';
  const title = kind ? intl.formatMessage({ id: `review.${kind}Title` }) : '';
  const submit = async () => {
    const ok = await run(() => {
      if (kind === 'return') return sendBack(applicationId, text);
      if (kind === 'reject') {
        return reject({ applicationId, reason: text, reapplyAfter: date || null, notes });
      }
      return reopen(applicationId, text);
    });
    if (ok) {
      setText('');
      setDate('');
      setNotes('');
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Textarea
          label={intl.formatMessage({ id: kind === 'return' ? 'review.requestLabel' : 'review.reasonLabel' })}
          description={kind === 'reopen' ? undefined : intl.formatMessage({ id: 'review.vaReads' })}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-autofocus
        />
        {kind === 'reject' && (
          <>
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'review.reapplyAfter' })}
              description={intl.formatMessage({ id: 'review.reapplyDefault' })}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
            />
            <Textarea
              label={intl.formatMessage({ id: 'review.notes' })}
              autosize
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button
            color={kind === 'reject' ? 'red' : undefined}
            onClick={() => void submit()}
            disabled={text.trim().length < 10}
          >
            {title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function ProfilePanel({ application }: { application: OpsApplicationFragment }) {
  const intl = useIntl();
  const profile = application.profile;
  if (!profile) return null;
  return (
    <Card withBorder>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {profile.headline}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {profile.bio}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Text size="sm">
            {intl.formatMessage({ id: 'review.rate' })}:{' '}
            {profile.hourlyRateMinor !== null && profile.hourlyRateMinor !== undefined
              ? intl.formatNumber(profile.hourlyRateMinor / 100, { style: 'currency', currency: profile.currency })
              : '–'}
          </Text>
          <Text size="sm">{intl.formatMessage({ id: 'review.capacity' }, { hours: profile.weeklyCapacityHours })}</Text>
          <Text size="sm">
            {intl.formatMessage(
              { id: 'review.workHours' },
              {
                hours: intl.formatMessage(
                  { id: 'common.workingHours' },
                  workingHoursValues(profile.workStartMinute, profile.workEndMinute),
                ),
                timeZone: application.freelancer.timeZone,
              },
            )}
          </Text>
        </SimpleGrid>
        <Group gap={6}>
          {profile.skills.map((entry) => (
            <Badge key={entry.skill.id} variant="outline">
              <SkillName skill={entry.skill} /> ·{' '}
              {intl.formatMessage({ id: `skillLevel.${entry.level.toLowerCase()}` })} · {entry.years}
            </Badge>
          ))}
          {profile.languages.map((language) => (
            <Badge key={language.language} variant="light" color="gray">
              {language.language.toUpperCase()} {language.level}
            </Badge>
          ))}
        </Group>
        {application.resume && (
          <Text size="sm">
            {intl.formatMessage({ id: 'profile.resume' })}:{' '}
            <Anchor href={`/files/resumes/${application.resume.id}`} data-testid="resume-link">
              {application.resume.fileName}
            </Anchor>
          </Text>
        )}
        {profile.workHistory.length > 0 && (
          <Stack gap={2}>
            <Text fw={600} size="sm">
              {intl.formatMessage({ id: 'profile.workHistory' })}
            </Text>
            {profile.workHistory.map((role) => (
              <Text size="sm" key={`${role.company}-${role.startMonth}`}>
                {role.role}, {role.company} ({role.startMonth} – {role.endMonth ?? '…'})
              </Text>
            ))}
          </Stack>
        )}
        {profile.portfolioLinks.length > 0 && (
          <Group gap="sm">
            {profile.portfolioLinks.map((link) => (
              <Anchor key={link.url} href={link.url} target="_blank" rel="noreferrer" size="sm">
                {link.label}
              </Anchor>
            ))}
          </Group>
        )}
        <Stack gap={2}>
          <Text fw={600} size="sm">
            {intl.formatMessage({ id: 'profile.references' })}
          </Text>
          {profile.references.map((reference) => (
            <Text size="sm" key={reference.id}>
              {reference.name} ({reference.relationship}, {reference.company}) · {reference.email}
              {reference.phone && ` · ${reference.phone}`}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Card>
  );
}
