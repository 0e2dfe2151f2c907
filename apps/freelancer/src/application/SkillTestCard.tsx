import { describeError, openConfirmModal, useViewer } from '@delegate/ui';
import { Alert, Button, Card, Group, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDebouncedCallback, useInterval } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { ApplicationViewFragment } from '../gql/graphql';
import { useApplicationActions } from './use-application';

type Attempt = NonNullable<ApplicationViewFragment['testAttempt']>;
const TEXT_SAVE_DELAY_MS = 800;

/**
 * The timed test. The deadline is the server's; the timer corrects the device's clock by the
 * server time sent with the page, and the server refuses answers after the deadline anyway.
 */
export function SkillTestCard({ attempt }: { attempt: Attempt }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { startTest, startingTest, submitTest, submittingTest } = useApplicationActions();
  const [error, setError] = useState<string | null>(null);
  const when = (instant: string) =>
    intl.formatDate(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });
  const remaining = useRemainingSeconds(attempt.deadlineAt, attempt.serverNow);
  const timeUp = attempt.status === 'IN_PROGRESS' && remaining !== null && remaining <= 0;

  const confirmStart = () =>
    openConfirmModal({
      title: intl.formatMessage({ id: 'test.startTitle' }),
      children: (
        <Text size="sm">{intl.formatMessage({ id: 'test.startBody' }, { minutes: attempt.timeLimitMinutes })}</Text>
      ),
      labels: {
        confirm: intl.formatMessage({ id: 'test.start' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      onConfirm: () => void startTest(attempt.id).catch((e) => setError(describeError(e, intl).message)),
    });
  const confirmSubmit = () =>
    openConfirmModal({
      title: intl.formatMessage({ id: 'test.submitTitle' }),
      children: <Text size="sm">{intl.formatMessage({ id: 'test.submitBody' })}</Text>,
      labels: {
        confirm: intl.formatMessage({ id: 'test.submit' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      onConfirm: () => void submitTest(attempt.id).catch((e) => setError(describeError(e, intl).message)),
    });

  return (
    <Card withBorder>
      <Stack>
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              {attempt.title}
            </Title>
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'test.limit' }, { minutes: attempt.timeLimitMinutes })}
            </Text>
          </div>
          {attempt.status === 'IN_PROGRESS' && remaining !== null && (
            <Text
              fw={700}
              size="xl"
              c={remaining < 120 ? 'red' : undefined}
              role="timer"
              aria-live={remaining < 60 ? 'assertive' : 'off'}
              data-testid="test-timer"
            >
              {formatDuration(Math.max(0, remaining))}
            </Text>
          )}
        </Group>
        {attempt.instructions && <Text size="sm">{attempt.instructions}</Text>}
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}

        {attempt.status === 'ASSIGNED' && (
          <Group>
            <Text size="sm">{intl.formatMessage({ id: 'test.startBy' }, { date: when(attempt.startBy) })}</Text>
            <Button onClick={confirmStart} loading={startingTest}>
              {intl.formatMessage({ id: 'test.start' })}
            </Button>
          </Group>
        )}

        {attempt.status === 'IN_PROGRESS' && (
          <>
            {attempt.deadlineAt && (
              <Text size="sm" c="dimmed">
                {intl.formatMessage({ id: 'test.deadline' }, { date: when(attempt.deadlineAt) })}
              </Text>
            )}
            {timeUp && <Alert color="orange">{intl.formatMessage({ id: 'test.timeUp' })}</Alert>}
            {attempt.questions.map((question, index) => (
              <QuestionField
                key={question.id}
                attemptId={attempt.id}
                number={index + 1}
                question={question}
                saved={attempt.answers.find((answer) => answer.questionId === question.id) ?? null}
                disabled={timeUp}
                onError={setError}
              />
            ))}
            <Group>
              <Button onClick={confirmSubmit} loading={submittingTest}>
                {intl.formatMessage({ id: 'test.submit' })}
              </Button>
            </Group>
          </>
        )}

        {(attempt.status === 'AWAITING_GRADING' || attempt.status === 'GRADED') && (
          <Alert color="teal">{intl.formatMessage({ id: 'test.handedIn' })}</Alert>
        )}
      </Stack>
    </Card>
  );
}

function QuestionField({
  attemptId,
  number,
  question,
  saved,
  disabled,
  onError,
}: {
  attemptId: string;
  number: number;
  question: Attempt['questions'][number];
  saved: { choice?: number | null; text?: string | null } | null;
  disabled: boolean;
  onError: (message: string | null) => void;
}) {
  const intl = useIntl();
  const { answer } = useApplicationActions();
  const [text, setText] = useState(saved?.text ?? '');
  const [choice, setChoice] = useState<string | null>(saved?.choice != null ? String(saved.choice) : null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>(saved ? 'saved' : 'idle');
  const send = async (input: { choice?: number; text?: string }) => {
    setState('saving');
    try {
      await answer({ attemptId, questionId: question.id, ...input });
      setState('saved');
      onError(null);
    } catch (e) {
      setState('idle');
      onError(describeError(e, intl).message);
    }
  };
  const saveText = useDebouncedCallback((value: string) => {
    if (value.trim()) void send({ text: value });
  }, TEXT_SAVE_DELAY_MS);
  const label = intl.formatMessage(
    { id: 'test.questionLabel' },
    { n: number, points: question.maxPoints, prompt: question.prompt },
  );

  return (
    <Card withBorder padding="sm">
      <Stack gap="xs">
        {question.kind === 'MULTIPLE_CHOICE' ? (
          <Radio.Group
            label={label}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              void send({ choice: Number(value) });
            }}
          >
            <Stack gap={6} mt="xs">
              {question.options.map((option, index) => (
                <Radio key={option} value={String(index)} label={option} disabled={disabled} />
              ))}
            </Stack>
          </Radio.Group>
        ) : (
          <Textarea
            label={label}
            description={question.rubric
              .map((line) => `${line.criterion} (${intl.formatNumber(line.maxPoints)})`)
              .join(' · ')}
            autosize
            minRows={5}
            maxLength={20000}
            value={text}
            disabled={disabled}
            onChange={(event) => {
              setText(event.currentTarget.value);
              saveText(event.currentTarget.value);
            }}
          />
        )}
        <Text size="xs" c="dimmed" aria-live="polite">
          {state === 'saving' && intl.formatMessage({ id: 'profile.saving' })}
          {state === 'saved' && intl.formatMessage({ id: 'test.answerSaved' })}
        </Text>
      </Stack>
    </Card>
  );
}

/** Seconds left until `deadlineAt`, by the server's clock (offset measured when the page loaded). */
function useRemainingSeconds(deadlineAt: string | null | undefined, serverNow: string): number | null {
  const offset = useMemo(() => new Date(serverNow).getTime() - Date.now(), [serverNow]);
  const compute = () =>
    deadlineAt ? Math.round((new Date(deadlineAt).getTime() - (Date.now() + offset)) / 1000) : null;
  const [remaining, setRemaining] = useState(compute);
  const interval = useInterval(() => setRemaining(compute()), 1000);
  // biome-ignore lint/correctness/useExhaustiveDependencies: restart the clock when the deadline changes
  useEffect(() => {
    setRemaining(compute());
    interval.start();
    return interval.stop;
  }, [deadlineAt, offset]);
  return remaining;
}

function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`;
}
