import { Button, Card, Group, Loader, Stack, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useIntl } from 'react-intl';
import { useViewer } from '../account/use-viewer';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { ErrorState } from '../layout/ErrorState';
import { useJobThread } from './use-job-thread';

/** The newest messages a thread shows; longer conversations belong to the inbox the messaging issue builds. */
const THREAD_LIMIT = 100;

/**
 * The conversation between a job's business and one VA. The business names the VA
 * (`freelancerId`); a VA's own thread needs only the job.
 */
export function JobThread({ jobId, freelancerId }: { jobId: string; freelancerId?: string }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { data, loading, error, refetch, send } = useJobThread(jobId, freelancerId, THREAD_LIMIT);
  const form = useForm({
    initialValues: { body: '' },
    validate: { body: (value) => (value.trim() ? null : intl.formatMessage({ id: 'errors.field.required' })) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  const mine = (fromFreelancer: boolean) => fromFreelancer === (viewer?.kind === 'FREELANCER');

  return (
    <Stack gap="sm">
      {loading && !data && <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.jobThread.totalCount === 0 && (
        <Text c="dimmed" size="sm">
          {intl.formatMessage({ id: 'thread.empty' })}
        </Text>
      )}
      <Stack gap="xs" role="log" aria-label={intl.formatMessage({ id: 'thread.title' })}>
        {data?.jobThread.items.map((message) => (
          <Card
            key={message.id}
            withBorder
            padding="xs"
            maw="85%"
            style={{ alignSelf: mine(message.fromFreelancer) ? 'flex-end' : 'flex-start' }}
            bg={mine(message.fromFreelancer) ? 'var(--mantine-color-blue-light)' : undefined}
          >
            <Text size="xs" c="dimmed">
              {message.authorName} ·{' '}
              {intl.formatDate(message.createdAt, {
                dateStyle: 'medium',
                timeStyle: 'short',
                timeZone: viewer?.timeZone,
              })}
            </Text>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {message.body}
            </Text>
          </Card>
        ))}
      </Stack>
      <form
        onSubmit={submit(async ({ body }) => {
          await send(body);
          form.reset();
        })}
      >
        <Stack gap="xs">
          <Textarea
            label={intl.formatMessage({ id: 'thread.message' })}
            description={intl.formatMessage({ id: 'thread.hiddenDetails' })}
            autosize
            minRows={2}
            maxLength={5000}
            {...form.getInputProps('body')}
          />
          <FormError message={formError} />
          <Group justify="flex-end">
            <Button type="submit" loading={submitting}>
              {intl.formatMessage({ id: 'thread.send' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}
