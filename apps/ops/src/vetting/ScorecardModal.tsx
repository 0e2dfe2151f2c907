import { Alert, Button, Group, Modal, SegmentedControl, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useReviewActions } from './use-vetting';

const RATINGS = ['1', '2', '3', '4'];

/** Passing a stage: every criterion rated 1–4 (must-haves need 3), a comment each, and notes for ops. */
export function ScorecardModal({
  opened,
  onClose,
  applicationId,
  stage,
  criteria,
  run,
  problem,
}: {
  opened: boolean;
  onClose: () => void;
  applicationId: string;
  stage: string;
  criteria: Array<{ key: string; weight: string }>;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  /** A refused step (a must-have below the bar, an unfinished stage), shown in the dialog. */
  problem: string | null;
}) {
  const intl = useIntl();
  const { advance, advancing } = useReviewActions();
  const [ratings, setRatings] = useState<Record<string, string>>({});
  const [comments, setComments] = useState<Record<string, string>>({});
  const [notes, setNotes] = useState('');
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new stage starts a blank scorecard
  useEffect(() => {
    setRatings({});
    setComments({});
    setNotes('');
  }, [stage]);
  const complete = criteria.every((criterion) => ratings[criterion.key]);
  const submit = () =>
    void run(() =>
      advance({
        applicationId,
        notes,
        scorecard: criteria.map((criterion) => ({
          criterion: criterion.key,
          rating: Number(ratings[criterion.key]),
          comment: comments[criterion.key] ?? '',
        })),
      }),
    );

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      size="lg"
      title={intl.formatMessage(
        { id: 'review.scorecardTitle' },
        { stage: intl.formatMessage({ id: `pipeline.stage.${stage}` }) },
      )}
    >
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Text size="sm" c="dimmed">
          {intl.formatMessage({ id: 'review.scorecardHelp' })}
        </Text>
        {criteria.map((criterion) => (
          <Stack key={criterion.key} gap={4}>
            <Text size="sm" fw={600} id={`criterion-${criterion.key}`}>
              {intl.formatMessage({ id: `criterion.${criterion.key}` })}{' '}
              <Text span size="xs" c={criterion.weight === 'MUST_HAVE' ? 'red' : 'dimmed'}>
                ({intl.formatMessage({ id: `weight.${criterion.weight}` })})
              </Text>
            </Text>
            <SegmentedControl
              aria-labelledby={`criterion-${criterion.key}`}
              value={ratings[criterion.key] ?? ''}
              onChange={(value) => setRatings((current) => ({ ...current, [criterion.key]: value }))}
              data={RATINGS.map((rating) => ({ value: rating, label: intl.formatMessage({ id: `rating.${rating}` }) }))}
            />
            <TextInput
              aria-label={intl.formatMessage(
                { id: 'review.commentOn' },
                { criterion: intl.formatMessage({ id: `criterion.${criterion.key}` }) },
              )}
              placeholder={intl.formatMessage({ id: 'review.comment' })}
              value={comments[criterion.key] ?? ''}
              onChange={(event) => {
                const value = event.currentTarget.value;
                setComments((current) => ({ ...current, [criterion.key]: value }));
              }}
            />
          </Stack>
        ))}
        <Textarea
          label={intl.formatMessage({ id: 'review.notes' })}
          autosize
          value={notes}
          onChange={(event) => setNotes(event.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button onClick={submit} disabled={!complete} loading={advancing}>
            {intl.formatMessage({ id: 'review.passStage' })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
