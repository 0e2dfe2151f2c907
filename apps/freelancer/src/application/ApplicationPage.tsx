import { describeError, ErrorState, openConfirmModal, useSkillNames, useViewer } from '@delegate/ui';
import { Alert, Badge, Button, Card, Group, List, Loader, Stack, Stepper, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { ApplicationViewFragment, PipelineStage } from '../gql/graphql';
import { InterviewCard } from './InterviewCard';
import { SkillTestCard } from './SkillTestCard';
import { useApplicationActions, useMyApplication } from './use-application';

const STAGES: PipelineStage[] = ['SCREENING', 'SKILLS_TEST', 'INTERVIEW', 'REFERENCES', 'IDENTITY', 'DECISION'];

/** Where the VA's application stands, what comes next and by when; applying and resubmitting start here. */
export function ApplicationPage() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useMyApplication();
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const application = data?.myVettingApplication ?? null;
  return (
    <Stack maw={820}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'application.title' })}
      </Title>
      {application ? <ApplicationStatus application={application} /> : <ApplyCard first />}
    </Stack>
  );
}

function ApplyCard({ first }: { first: boolean }) {
  const intl = useIntl();
  const { submit, submitting } = useApplicationActions();
  const [problem, setProblem] = useState<{ message: string; missing: string[] } | null>(null);
  const confirm = () =>
    openConfirmModal({
      title: intl.formatMessage({ id: 'application.confirmTitle' }),
      children: <Text size="sm">{intl.formatMessage({ id: 'application.confirmBody' })}</Text>,
      labels: {
        confirm: intl.formatMessage({ id: 'application.submit' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      onConfirm: async () => {
        setProblem(null);
        try {
          await submit();
        } catch (submitError) {
          const described = describeError(submitError, intl);
          setProblem({ message: described.message, missing: Object.keys(described.fields) });
        }
      },
    });
  return (
    <Card withBorder>
      <Stack>
        <Text>{intl.formatMessage({ id: first ? 'application.intro' : 'application.resubmitIntro' })}</Text>
        <List size="sm" spacing={4}>
          <List.Item>{intl.formatMessage({ id: 'application.needProfile' })}</List.Item>
          <List.Item>{intl.formatMessage({ id: 'application.needResume' })}</List.Item>
          <List.Item>{intl.formatMessage({ id: 'application.needReferences' })}</List.Item>
        </List>
        {problem && (
          <Alert color="red" role="alert" title={problem.message}>
            {problem.missing.length > 0 && (
              <List size="sm">
                {problem.missing.map((field) => (
                  <List.Item key={field}>{intl.formatMessage({ id: `application.missing.${field}` })}</List.Item>
                ))}
              </List>
            )}
            <Button component={Link} to="/profile" variant="light" color="red" mt="sm">
              {intl.formatMessage({ id: 'application.openProfile' })}
            </Button>
          </Alert>
        )}
        <Group>
          <Button onClick={confirm} loading={submitting}>
            {intl.formatMessage({ id: first ? 'application.submit' : 'application.resubmit' })}
          </Button>
          <Button component={Link} to="/profile" variant="default">
            {intl.formatMessage({ id: 'application.editProfile' })}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function ApplicationStatus({ application }: { application: ApplicationViewFragment }) {
  const { skillName } = useSkillNames();
  const intl = useIntl();
  const { viewer } = useViewer();
  const timeZone = viewer?.timeZone;
  const when = (instant: string) => intl.formatDate(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const day = (date: string) => intl.formatDate(`${date}T00:00:00Z`, { dateStyle: 'long', timeZone: 'UTC' });
  const active = application.status === 'APPROVED' ? STAGES.length : STAGES.indexOf(application.stage);
  const reapplyOpen =
    application.reapplyAfter !== null && application.reapplyAfter <= new Date().toISOString().slice(0, 10);

  return (
    <>
      <Card withBorder>
        <Stack>
          <Group justify="space-between">
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'application.submittedOn' }, { date: when(application.submittedAt) })}
            </Text>
            <Badge color={statusColour(application.status)} variant="light" data-testid="application-status">
              {intl.formatMessage({ id: `application.status.${application.status}` })}
            </Badge>
          </Group>
          <Stepper
            active={active}
            size="xs"
            color={application.status === 'REJECTED' ? 'red' : undefined}
            allowNextStepsSelect={false}
            aria-label={intl.formatMessage({ id: 'application.stagesLabel' })}
          >
            {STAGES.map((stage) => (
              <Stepper.Step key={stage} label={intl.formatMessage({ id: `pipeline.stage.${stage}` })} />
            ))}
          </Stepper>
          <Alert color={statusColour(application.status)} title={intl.formatMessage({ id: 'application.nextStep' })}>
            <Text data-testid="next-step">
              {intl.formatMessage(
                { id: `application.next.${application.nextStep.key}` },
                { date: application.nextStep.dueAt ? when(application.nextStep.dueAt) : '' },
              )}
            </Text>
          </Alert>
        </Stack>
      </Card>

      {application.status === 'RETURNED' && (
        <>
          <Alert color="yellow" title={intl.formatMessage({ id: 'application.returnedTitle' })}>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{application.returnRequest}</Text>
          </Alert>
          <ApplyCard first={false} />
        </>
      )}

      {application.status === 'REJECTED' && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              {intl.formatMessage({ id: 'application.rejectedTitle' })}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="rejection-reason">
              {application.rejectionReason}
            </Text>
            {application.reapplyAfter && (
              <Text fw={500} data-testid="reapply-date">
                {intl.formatMessage({ id: 'application.reapplyFrom' }, { date: day(application.reapplyAfter) })}
              </Text>
            )}
            {reapplyOpen && <ApplyCard first={false} />}
          </Stack>
        </Card>
      )}

      {application.status === 'APPROVED' && (
        <Card withBorder>
          <Stack>
            <Title order={2} size="h4">
              {intl.formatMessage({ id: 'application.approvedTitle' }, { score: application.vettingScore ?? 0 })}
            </Title>
            <Group>
              {application.badges.map((badge) => (
                <Badge key={badge.skill.id} size="lg" variant="light" color="teal">
                  {intl.formatMessage(
                    { id: 'application.badge' },
                    { skill: skillName(badge.skill), score: badge.scorePercent },
                  )}
                </Badge>
              ))}
            </Group>
          </Stack>
        </Card>
      )}

      {application.status === 'IN_REVIEW' && application.stage === 'SKILLS_TEST' && application.testAttempt && (
        <SkillTestCard attempt={application.testAttempt} />
      )}
      {application.status === 'IN_REVIEW' && application.stage === 'INTERVIEW' && (
        <InterviewCard slots={application.interviewSlots} />
      )}

      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {intl.formatMessage({ id: 'application.history' })}
        </Title>
        <Timeline bulletSize={14} lineWidth={2} active={application.timeline.length - 1}>
          {application.timeline.map((entry, index) => (
            <Timeline.Item
              // biome-ignore lint/suspicious/noArrayIndexKey: the history only grows at the end
              key={index}
              title={intl.formatMessage(
                { id: `application.event.${entry.kind}` },
                { stage: intl.formatMessage({ id: `pipeline.stage.${entry.stage}` }) },
              )}
            >
              <Text size="xs" c="dimmed">
                {when(entry.occurredAt)}
              </Text>
              {entry.message && entry.kind !== 'REJECTED' && entry.kind !== 'RETURNED' && (
                <Text size="sm">{entry.message}</Text>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      </Card>
    </>
  );
}

function statusColour(status: string): string {
  return status === 'APPROVED' ? 'teal' : status === 'REJECTED' ? 'red' : status === 'RETURNED' ? 'yellow' : 'indigo';
}
