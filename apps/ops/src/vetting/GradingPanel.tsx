import { describeError, useViewer } from '@delegate/ui';
import { Alert, Badge, Button, Card, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { OpsApplicationFragment } from '../gql/graphql';
import { useReviewActions } from './use-vetting';

type Attempt = OpsApplicationFragment['testAttempts'][number];

/** A test attempt with the VA's answers; practical answers are scored here against their rubric. */
export function GradingPanel({ attempt, canGrade }: { attempt: Attempt; canGrade: boolean }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { grade, grading } = useReviewActions();
  const [points, setPoints] = useState<Record<string, Record<string, number>>>({});
  const [error, setError] = useState<string | null>(null);
  const when = (instant: string | null | undefined) =>
    instant ? intl.formatDate(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone }) : '–';
  const gradable = canGrade && attempt.status === 'AWAITING_GRADING';
  const answerOf = (questionId: string) => attempt.answers.find((answer) => answer.questionId === questionId);

  const submit = async () => {
    setError(null);
    try {
      await grade({
        attemptId: attempt.id,
        grades: attempt.questions
          .filter((question) => question.kind === 'PRACTICAL' && answerOf(question.id))
          .map((question) => ({
            questionId: question.id,
            rubricScores: question.rubric.map((line) => ({
              criterion: line.criterion,
              points: points[question.id]?.[line.criterion] ?? 0,
            })),
          })),
      });
    } catch (gradeError) {
      setError(describeError(gradeError, intl).message);
    }
  };

  return (
    <Card withBorder padding="sm" data-testid="test-attempt">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text fw={600}>{attempt.test.title}</Text>
          <Badge variant="light" color={attempt.passed === false ? 'red' : attempt.passed ? 'teal' : 'gray'}>
            {intl.formatMessage({ id: `attempt.status.${attempt.status}` })}
            {attempt.scorePercent !== null && attempt.scorePercent !== undefined && ` · ${attempt.scorePercent} %`}
          </Badge>
        </Group>
        <Text size="xs" c="dimmed">
          {intl.formatMessage(
            { id: 'review.attemptTimes' },
            {
              started: when(attempt.startedAt),
              deadline: when(attempt.deadlineAt),
              submitted: when(attempt.submittedAt),
            },
          )}
        </Text>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {attempt.startedAt &&
          attempt.questions.map((question, index) => {
            const answer = answerOf(question.id);
            return (
              <Stack key={question.id} gap={4}>
                <Text size="sm" fw={500}>
                  {index + 1}. {question.prompt}
                </Text>
                {question.kind === 'MULTIPLE_CHOICE' ? (
                  <Text size="sm" c={answer?.choice === question.correctOption ? 'teal' : 'red'}>
                    {answer?.choice != null
                      ? question.options[answer.choice]
                      : intl.formatMessage({ id: 'review.unanswered' })}
                  </Text>
                ) : (
                  <>
                    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} bg="var(--mantine-color-gray-light)" p="xs">
                      {answer?.text ?? intl.formatMessage({ id: 'review.unanswered' })}
                    </Text>
                    {gradable && answer && (
                      <Group>
                        {question.rubric.map((line) => (
                          <NumberInput
                            key={line.criterion}
                            label={`${line.criterion} (0–${line.maxPoints})`}
                            min={0}
                            max={line.maxPoints}
                            allowDecimal={false}
                            w={200}
                            value={points[question.id]?.[line.criterion] ?? ''}
                            onChange={(value) =>
                              setPoints((current) => ({
                                ...current,
                                [question.id]: { ...current[question.id], [line.criterion]: Number(value) || 0 },
                              }))
                            }
                          />
                        ))}
                      </Group>
                    )}
                    {answer?.pointsAwarded != null && (
                      <Text size="xs">
                        {intl.formatMessage(
                          { id: 'review.pointsAwarded' },
                          { points: answer.pointsAwarded, max: question.maxPoints },
                        )}
                      </Text>
                    )}
                  </>
                )}
              </Stack>
            );
          })}
        {gradable && (
          <Group>
            <Button onClick={() => void submit()} loading={grading}>
              {intl.formatMessage({ id: 'review.grade' })}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
