import { ErrorState, FormError, Pager, ReviewCard, useFormSubmit, useViewer } from '@delegate/ui';
import { Button, Group, List, Loader, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useReportedReviews } from './use-reported-reviews';

const PAGE_SIZE = 20;
type Decision = { reviewId: string; kind: 'hide' | 'keep' };

/**
 * Reported reviews: what was written, about whom, and why people reported it. Ops hide a review that
 * breaks the published rules (its author is told the reason) or keep it; both are audited.
 */
export function ReportedReviewsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [offset, setOffset] = useState(0);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const { data, loading, error, refetch, hide, keep } = useReportedReviews(offset, PAGE_SIZE);
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t('moderation.title')}
      </Title>
      <Text c="dimmed" size="sm">
        {t('moderation.intro')}
      </Text>
      {loading && !data && <Loader aria-label={t('common.loading')} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.reportedReviews.totalCount === 0 && <Text c="dimmed">{t('moderation.none')}</Text>}
      {data?.reportedReviews.items.map(({ review, aboutName, reports }) => (
        <Stack key={review.id} gap="xs" data-testid="reported-review">
          <Text size="sm" fw={600}>
            {t('moderation.about', { name: aboutName })}
          </Text>
          <ReviewCard
            review={review}
            footer={
              <Stack gap="xs">
                <Text size="sm" fw={600}>
                  {t('moderation.reports')}
                </Text>
                <List size="sm" spacing={4}>
                  {reports.map((report) => (
                    <List.Item key={report.id}>
                      {report.reporterName} (
                      {intl.formatDate(report.createdAt, { dateStyle: 'medium', timeZone: viewer?.timeZone })}):{' '}
                      {report.reason}
                    </List.Item>
                  ))}
                </List>
                <Group gap="xs">
                  <Button size="xs" color="red" onClick={() => setDeciding({ reviewId: review.id, kind: 'hide' })}>
                    {t('moderation.hide')}
                  </Button>
                  <Button
                    size="xs"
                    variant="default"
                    onClick={() => setDeciding({ reviewId: review.id, kind: 'keep' })}
                  >
                    {t('moderation.keep')}
                  </Button>
                </Group>
              </Stack>
            }
          />
        </Stack>
      ))}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.reportedReviews.totalCount} onChange={setOffset} />}
      {deciding && (
        <DecisionDialog
          decision={deciding}
          onClose={() => setDeciding(null)}
          decide={(reason) => (deciding.kind === 'hide' ? hide : keep)({ reviewId: deciding.reviewId, reason })}
        />
      )}
    </Stack>
  );
}

function DecisionDialog({
  decision,
  onClose,
  decide,
}: {
  decision: Decision;
  onClose: () => void;
  decide: (reason: string) => Promise<unknown>;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length >= 10 ? null : t('errors.field.tooShort')) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(decision.kind === 'hide' ? 'moderation.hideTitle' : 'moderation.keepTitle')}
    >
      <form
        onSubmit={submit(async ({ reason }) => {
          await decide(reason.trim());
          onClose();
        })}
      >
        <Stack>
          <Text size="sm">{t(decision.kind === 'hide' ? 'moderation.hideBody' : 'moderation.keepBody')}</Text>
          <FormError message={formError} />
          <Textarea
            label={t('moderation.reason')}
            autosize
            minRows={3}
            maxLength={1_000}
            data-autofocus
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color={decision.kind === 'hide' ? 'red' : undefined} loading={submitting}>
              {t(decision.kind === 'hide' ? 'moderation.hide' : 'moderation.keep')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
