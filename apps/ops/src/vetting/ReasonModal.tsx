import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useReviewActions } from './use-vetting';

export type Dialog = 'advance' | 'return' | 'reject' | 'reopen' | null;

/** Sending an application back, rejecting it or reopening it: each needs a reason the VA (or the audit log) reads. */
export function ReasonModal({
  kind,
  applicationId,
  onClose,
  run,
  problem,
}: {
  kind: Dialog;
  applicationId: string;
  onClose: () => void;
  run: (action: () => Promise<unknown>) => Promise<boolean>;
  /** A refused action, shown in the dialog (the page behind it is covered). */
  problem: string | null;
}) {
  const intl = useIntl();
  const [text, setText] = useState('');
  const [date, setDate] = useState('');
  const [notes, setNotes] = useState('');
  const { sendBack, reject, reopen } = useReviewActions();
  const opened = kind === 'return' || kind === 'reject' || kind === 'reopen';
  const title = kind ? intl.formatMessage({ id: `review.${kind}Title` }) : '';
  const submit = async () => {
    const ok = await run(() => {
      if (kind === 'return') return sendBack(applicationId, text);
      if (kind === 'reject') {
        return reject({ applicationId, reason: text, reapplyAfter: date || null, notes });
      }
      return reopen(applicationId, text);
    });
    if (ok) {
      setText('');
      setDate('');
      setNotes('');
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title}>
      <Stack>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Textarea
          label={intl.formatMessage({ id: kind === 'return' ? 'review.requestLabel' : 'review.reasonLabel' })}
          description={kind === 'reopen' ? undefined : intl.formatMessage({ id: 'review.vaReads' })}
          autosize
          minRows={3}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          data-autofocus
        />
        {kind === 'reject' && (
          <>
            <TextInput
              type="date"
              label={intl.formatMessage({ id: 'review.reapplyAfter' })}
              description={intl.formatMessage({ id: 'review.reapplyDefault' })}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
            />
            <Textarea
              label={intl.formatMessage({ id: 'review.notes' })}
              autosize
              value={notes}
              onChange={(event) => setNotes(event.currentTarget.value)}
            />
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {intl.formatMessage({ id: 'common.cancel' })}
          </Button>
          <Button
            color={kind === 'reject' ? 'red' : undefined}
            onClick={() => void submit()}
            disabled={text.trim().length < 10}
          >
            {title}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
