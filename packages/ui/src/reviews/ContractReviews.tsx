import { Anchor, Button, Card, Checkbox, Group, Modal, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { useViewer } from '../account/use-viewer';
import { openConfirmModal } from '../dialogs/confirm';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import type { RatingCategory, ReviewCycleFieldsFragment, ReviewFieldsFragment } from '../gql/graphql';
import { ReviewCard } from './ReviewCard';
import { useContractReviews, useReviewActions } from './use-reviews';

type Side = 'client' | 'freelancer';

/** What each side rates about the other: a business rates the VA's work, a VA rates the business. */
const CATEGORIES: Record<Side, RatingCategory[]> = {
  client: ['QUALITY', 'COMMUNICATION', 'RELIABILITY', 'SKILLS'],
  freelancer: ['CLEAR_REQUIREMENTS', 'COMMUNICATION', 'PROMPT_PAYMENT'],
};

/**
 * A contract's review rounds: write the viewer's side while a round is open, then read both once
 * revealed, answer the review about you once, or report one to Delegate. `canWrite` is false for
 * members who only read (finance).
 */
export function ContractReviews({ contractId, side, canWrite }: { contractId: string; side: Side; canWrite: boolean }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { data } = useContractReviews(contractId);
  const rounds = data?.myReviewCycles.items ?? [];
  return (
    <Card withBorder id="reviews">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4">
          {t('reviews.title')}
        </Title>
        <Anchor component={Link} to="/reputation" size="sm">
          {t('reviews.howItWorks')}
        </Anchor>
      </Group>
      {rounds.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reviews.none')}
        </Text>
      ) : (
        <Stack>
          {rounds.map((round) => (
            <Round key={round.id} round={round} side={side} canWrite={canWrite} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function Round({ round, side, canWrite }: { round: ReviewCycleFieldsFragment; side: Side; canWrite: boolean }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const date = (value: string) =>
    intl.formatDate(value, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });
  const name = round.counterpartName;
  return (
    <Stack gap="xs" data-testid="review-round">
      <Text fw={600}>
        {round.trigger === 'CONTRACT_ENDED'
          ? t('reviews.roundEnded')
          : t('reviews.roundPeriodic', { n: round.sequence })}
      </Text>
      <Text size="sm" c="dimmed">
        {round.revealedAt
          ? t('reviews.revealedOn', { date: date(round.revealedAt) })
          : t('reviews.openUntil', { date: date(round.closesAt) })}
      </Text>
      {round.canWrite && canWrite && <ReviewForm round={round} side={side} />}
      {round.mine && <ReviewCard review={round.mine} />}
      {!round.revealedAt && (
        <Text size="sm">
          {round.counterpartWrote
            ? t('reviews.theyWrote', { name, date: date(round.closesAt) })
            : t('reviews.waitingFor', { name })}
        </Text>
      )}
      {round.theirs && <TheirReview review={round.theirs} canAnswer={canWrite} />}
    </Stack>
  );
}

function TheirReview({ review, canAnswer }: { review: ReviewFieldsFragment; canAnswer: boolean }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const [dialog, setDialog] = useState<'reply' | 'report' | null>(null);
  const footer = !review.hidden && (
    <Group gap="xs">
      {canAnswer && !review.reply && (
        <Button size="xs" variant="light" onClick={() => setDialog('reply')}>
          {t('reviews.reply')}
        </Button>
      )}
      <Button size="xs" variant="subtle" color="red" onClick={() => setDialog('report')}>
        {t('reviews.report')}
      </Button>
    </Group>
  );
  return (
    <>
      <ReviewCard review={review} footer={footer} />
      {dialog && <AnswerDialog review={review} kind={dialog} onClose={() => setDialog(null)} />}
    </>
  );
}

function ReviewForm({ round, side }: { round: ReviewCycleFieldsFragment; side: Side }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { submit: send } = useReviewActions();
  const categories = CATEGORIES[side];
  const form = useForm({
    initialValues: {
      overall: 0,
      ratings: Object.fromEntries(categories.map((category) => [category, 0])) as Record<string, number>,
      comment: '',
      wouldWorkAgain: true,
      privateFeedback: '',
    },
    validate: {
      overall: (value) => (value >= 1 ? null : t('reviews.starsRequired')),
      ratings: (value) => (Object.values(value).every((stars) => stars >= 1) ? null : t('reviews.starsRequired')),
      comment: (value) => (value.trim() ? null : t('errors.field.required')),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  const sendReview = (values: typeof form.values) =>
    send({
      cycleId: round.id,
      overall: values.overall,
      ratings: categories.map((category) => ({ category, stars: values.ratings[category] ?? 0 })),
      comment: values.comment.trim(),
      wouldWorkAgain: values.wouldWorkAgain,
      privateFeedback: values.privateFeedback.trim(),
    });
  return (
    <form
      onSubmit={submit(
        (values) =>
          new Promise<void>((resolve, reject) =>
            openConfirmModal({
              title: t('reviews.confirmTitle'),
              children: <Text size="sm">{t('reviews.confirmBody', { name: round.counterpartName })}</Text>,
              labels: { confirm: t('reviews.send'), cancel: t('common.cancel') },
              onCancel: () => resolve(),
              onConfirm: () => void sendReview(values).then(() => resolve(), reject),
            }),
          ),
      )}
    >
      <Stack gap="sm">
        <Text size="sm">{t('reviews.intro', { name: round.counterpartName })}</Text>
        <FormError message={formError} />
        <StarsInput label={t('reviews.overall')} {...form.getInputProps('overall')} />
        {categories.map((category) => (
          <StarsInput
            key={category}
            label={t(`reviews.category.${category}`)}
            {...form.getInputProps(`ratings.${category}`)}
            error={form.errors.ratings && !(form.values.ratings[category] ?? 0) ? form.errors.ratings : undefined}
          />
        ))}
        <Textarea
          label={t('reviews.comment')}
          description={t('reviews.commentHint')}
          autosize
          minRows={3}
          maxLength={2_000}
          {...form.getInputProps('comment')}
        />
        <Checkbox
          label={t('reviews.wouldWorkAgainQuestion')}
          {...form.getInputProps('wouldWorkAgain', { type: 'checkbox' })}
        />
        <Textarea
          label={t('reviews.privateFeedback')}
          description={t('reviews.privateFeedbackHint')}
          autosize
          minRows={2}
          maxLength={2_000}
          {...form.getInputProps('privateFeedback')}
        />
        <Group>
          <Button type="submit" loading={submitting}>
            {t('reviews.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A labelled 1–5 star input; each star is a radio the keyboard reaches ("3 of 5 stars"). */
function StarsInput({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value?: number;
  onChange: (value: number) => void;
  error?: React.ReactNode;
}) {
  const intl = useIntl();
  return (
    <Stack gap={2} role="group" aria-label={label}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      <Rating
        value={value ?? 0}
        onChange={onChange}
        getSymbolLabel={(stars) => intl.formatMessage({ id: 'reviews.stars' }, { stars })}
      />
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}

function AnswerDialog({
  review,
  kind,
  onClose,
}: {
  review: ReviewFieldsFragment;
  kind: 'reply' | 'report';
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { reply, report } = useReviewActions();
  const form = useForm({
    initialValues: { text: '' },
    validate: {
      text: (value) =>
        kind === 'report' && value.trim().length < 10
          ? t('errors.field.tooShort')
          : value.trim()
            ? null
            : t('errors.field.required'),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal opened onClose={onClose} title={t(kind === 'reply' ? 'reviews.replyTitleAsk' : 'reviews.reportTitle')}>
      <form
        onSubmit={submit(async ({ text }) => {
          if (kind === 'reply') await reply({ reviewId: review.id, reply: text.trim() });
          else await report({ reviewId: review.id, reason: text.trim() });
          onClose();
        })}
      >
        <Stack>
          <Text size="sm">{t(kind === 'reply' ? 'reviews.replyHint' : 'reviews.reportHint')}</Text>
          <FormError message={formError} />
          <Textarea
            label={t(kind === 'reply' ? 'reviews.replyLabel' : 'reviews.reportLabel')}
            autosize
            minRows={3}
            maxLength={1_000}
            data-autofocus
            {...form.getInputProps('text')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={submitting} color={kind === 'report' ? 'red' : undefined}>
              {t(kind === 'reply' ? 'reviews.replySend' : 'reviews.reportSend')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
