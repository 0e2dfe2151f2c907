import { Alert, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useViewer } from '../account/use-viewer';
import type { ReviewFieldsFragment } from '../gql/graphql';

/** Stars as text a screen reader reads as a number ("4 of 5 stars"). */
export function Stars({ value }: { value: number }) {
  const intl = useIntl();
  return (
    <Text
      component="span"
      role="img"
      c="yellow"
      aria-label={intl.formatMessage({ id: 'reviews.stars' }, { stars: value })}
    >
      <span aria-hidden>{'★'.repeat(value) + '☆'.repeat(5 - value)}</span>
    </Text>
  );
}

/** A review with its ratings, comment, the reviewee's reply and, for its author and ops, the private parts. */
export function ReviewCard({ review, footer }: { review: ReviewFieldsFragment; footer?: React.ReactNode }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const date = (value: string) => intl.formatDate(value, { dateStyle: 'medium', timeZone: viewer?.timeZone });
  return (
    <Card withBorder padding="sm" data-testid="review">
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start">
          <div>
            <Text fw={600}>{review.authorName}</Text>
            <Text size="xs" c="dimmed">
              {review.revealedAt ? t('reviews.published', { date: date(review.revealedAt) }) : t('reviews.notYetShown')}
            </Text>
          </div>
          <Group gap="xs">
            <Stars value={review.overall} />
            {review.wouldWorkAgain && (
              <Badge variant="light" color="green">
                {t('reviews.wouldWorkAgain')}
              </Badge>
            )}
          </Group>
        </Group>
        {review.hidden && (
          <Alert color="orange" role="note" title={t('reviews.hiddenTitle')}>
            {review.hiddenReason ?? t('reviews.hiddenBody')}
          </Alert>
        )}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {review.comment}
        </Text>
        <List size="xs" spacing={2} listStyleType="none">
          {review.ratings.map((rating) => (
            <List.Item key={rating.category}>
              {t(`reviews.category.${rating.category}`)}: <Stars value={rating.stars} />
            </List.Item>
          ))}
        </List>
        {review.privateFeedback && (
          <Text size="xs" c="dimmed">
            {t('reviews.privateFeedbackShown', { text: review.privateFeedback })}
          </Text>
        )}
        {review.reply && (
          <Card withBorder padding="xs" bg="gray.0">
            <Text size="xs" fw={600}>
              {t('reviews.replyTitle')}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {review.reply}
            </Text>
          </Card>
        )}
        {footer}
      </Stack>
    </Card>
  );
}
