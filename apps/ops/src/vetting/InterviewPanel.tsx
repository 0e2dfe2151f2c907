import { TZDate } from '@date-fns/tz';
import { describeError, useViewer } from '@delegate/ui';
import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { OpsApplicationFragment } from '../gql/graphql';
import { useReviewActions } from './use-vetting';

/** Interview times: those offered (shown in both time zones) and a form to offer new ones in the vetter's zone. */
export function InterviewPanel({
  application,
  canPropose,
  onError,
}: {
  application: OpsApplicationFragment;
  canPropose: boolean;
  onError: (message: string | null) => void;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { proposeSlots, proposing } = useReviewActions();
  const [times, setTimes] = useState<string[]>(['']);
  const [duration, setDuration] = useState<number>(30);
  const [meetingUrl, setMeetingUrl] = useState('https://');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const myZone = viewer?.timeZone ?? 'UTC';
  const theirZone = application.freelancer.timeZone;
  const format = (instant: string, timeZone: string) =>
    intl.formatDate(instant, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const booked = application.interviewSlots.some((slot) => slot.bookedAt);

  /** `datetime-local` values are wall-clock times in the vetter's own time zone. */
  const toInstant = (local: string) => {
    const [date = '', time = ''] = local.split('T');
    const [y, m, d] = date.split('-').map(Number);
    const [h, min] = time.split(':').map(Number);
    return new Date(new TZDate(y ?? 0, (m ?? 1) - 1, d ?? 1, h ?? 0, min ?? 0, 0, myZone).getTime()).toISOString();
  };
  const submit = async () => {
    onError(null);
    setFieldErrors({});
    try {
      await proposeSlots({
        applicationId: application.id,
        startTimes: times.filter(Boolean).map(toInstant),
        durationMinutes: duration,
        meetingUrl,
      });
      setTimes(['']);
    } catch (proposeError) {
      const described = describeError(proposeError, intl);
      setFieldErrors(described.fields);
      onError(described.message);
    }
  };

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {intl.formatMessage({ id: 'interview.title' })}
        </Title>
        {application.interviewSlots.length === 0 && (
          <Text c="dimmed">{intl.formatMessage({ id: 'review.noSlots' })}</Text>
        )}
        {application.interviewSlots.map((slot) => (
          <Group key={slot.id} gap="xs">
            <Text size="sm">
              {format(slot.startsAt, myZone)} ({myZone}) · {format(slot.startsAt, theirZone)} ({theirZone})
            </Text>
            {slot.bookedAt && (
              <Badge color="teal" variant="light">
                {intl.formatMessage({ id: 'review.booked' })}
              </Badge>
            )}
            {slot.bookedAt && (
              <Anchor href={slot.meetingUrl} target="_blank" rel="noreferrer" size="sm">
                {intl.formatMessage({ id: 'interview.join' })}
              </Anchor>
            )}
          </Group>
        ))}
        {canPropose && !booked && (
          <Stack gap="xs">
            <Text size="sm" fw={600}>
              {intl.formatMessage({ id: 'review.proposeTitle' }, { timeZone: myZone })}
            </Text>
            {times.map((value, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional inputs ("Time 1", "Time 2")
              <Group key={index} gap="xs">
                <TextInput
                  type="datetime-local"
                  aria-label={intl.formatMessage({ id: 'review.slotN' }, { n: index + 1 })}
                  value={value}
                  error={fieldErrors[`startTimes.${index}`]}
                  onChange={(event) => {
                    const next = event.currentTarget.value;
                    setTimes((current) => current.map((time, i) => (i === index ? next : time)));
                  }}
                />
                {times.length > 1 && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={intl.formatMessage({ id: 'review.removeSlot' }, { n: index + 1 })}
                    onClick={() => setTimes((current) => current.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Group align="flex-end">
              <Button
                variant="subtle"
                onClick={() => setTimes((current) => [...current, ''])}
                disabled={times.length >= 10}
              >
                {intl.formatMessage({ id: 'review.addSlot' })}
              </Button>
              <NumberInput
                label={intl.formatMessage({ id: 'review.duration' })}
                min={15}
                max={120}
                step={15}
                value={duration}
                error={fieldErrors.durationMinutes}
                onChange={(value) => setDuration(Number(value) || 30)}
                w={140}
              />
              <TextInput
                label={intl.formatMessage({ id: 'review.meetingUrl' })}
                value={meetingUrl}
                error={fieldErrors.meetingUrl}
                onChange={(event) => setMeetingUrl(event.currentTarget.value)}
                w={300}
              />
              <Button onClick={() => void submit()} loading={proposing} disabled={!times.some(Boolean)}>
                {intl.formatMessage({ id: 'review.propose' })}
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
