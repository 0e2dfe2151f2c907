import { describeError, openConfirmModal, useViewer } from '@delegate/ui';
import { Alert, Anchor, Button, Card, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import type { ApplicationViewFragment } from '../gql/graphql';
import { useApplicationActions } from './use-application';

type Slot = ApplicationViewFragment['interviewSlots'][number];

/** The interview times ops offered, in the VA's own time zone; the VA books one. */
export function InterviewCard({ slots }: { slots: Slot[] }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { bookInterview, booking } = useApplicationActions();
  const [chosen, setChosen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const timeZone = viewer?.timeZone ?? 'UTC';
  const when = (slot: Slot) =>
    intl.formatMessage(
      { id: 'interview.slot' },
      {
        start: intl.formatDate(slot.startsAt, { dateStyle: 'full', timeStyle: 'short', timeZone }),
        minutes: slot.durationMinutes,
      },
    );
  const booked = slots.find((slot) => slot.bookedAt);

  const confirm = (slot: Slot) =>
    openConfirmModal({
      title: intl.formatMessage({ id: 'interview.confirmTitle' }),
      children: <Text size="sm">{when(slot)}</Text>,
      labels: {
        confirm: intl.formatMessage({ id: 'interview.book' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      onConfirm: () => void bookInterview(slot.id).catch((e) => setError(describeError(e, intl).message)),
    });

  return (
    <Card withBorder>
      <Stack>
        <Title order={2} size="h4">
          {intl.formatMessage({ id: 'interview.title' })}
        </Title>
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        {booked ? (
          <Alert color="teal" title={intl.formatMessage({ id: 'interview.bookedTitle' })}>
            <Text data-testid="booked-slot">{when(booked)}</Text>
            <Anchor href={booked.meetingUrl} target="_blank" rel="noreferrer">
              {intl.formatMessage({ id: 'interview.join' })}
            </Anchor>
          </Alert>
        ) : slots.length === 0 ? (
          <Text c="dimmed">{intl.formatMessage({ id: 'interview.none' })}</Text>
        ) : (
          <>
            <Radio.Group
              label={intl.formatMessage({ id: 'interview.pick' }, { timeZone })}
              value={chosen}
              onChange={setChosen}
            >
              <Stack gap={6} mt="xs">
                {slots.map((slot) => (
                  <Radio key={slot.id} value={slot.id} label={when(slot)} />
                ))}
              </Stack>
            </Radio.Group>
            <Button
              disabled={!chosen}
              loading={booking}
              onClick={() => {
                const slot = slots.find((candidate) => candidate.id === chosen);
                if (slot) confirm(slot);
              }}
              style={{ alignSelf: 'flex-start' }}
            >
              {intl.formatMessage({ id: 'interview.book' })}
            </Button>
          </>
        )}
      </Stack>
    </Card>
  );
}
