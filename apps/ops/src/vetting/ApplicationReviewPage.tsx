import { describeError, ErrorState, openConfirmModal, useSkillNames, useViewer } from '@delegate/ui';
import { Alert, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useParams } from 'react-router';
import type { OpsApplicationFragment } from '../gql/graphql';
import { GradingPanel } from './GradingPanel';
import { InterviewPanel } from './InterviewPanel';
import { ProfilePanel } from './ProfilePanel';
import { type Dialog, ReasonModal } from './ReasonModal';
import { ScorecardModal } from './ScorecardModal';
import { SLA_COLOUR } from './sla';
import { useReviewActions, useVettingApplication } from './use-vetting';

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
    openConfirmModal({
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
