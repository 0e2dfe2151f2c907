import { ErrorState, Pager, useViewer } from '@delegate/ui';
import { Accordion, Badge, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useOutbox } from './use-outbox';

const PAGE_SIZE = 20;

/** The delivery log (ops admins): every e-mail Delegate sent, with links that grant access redacted by the API. */
export function OutboxPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [offset, setOffset] = useState(0);
  const [recipient, setRecipient] = useState('');
  const [toAddress] = useDebouncedValue(recipient.trim(), 300);
  const { data, loading, error, refetch } = useOutbox(toAddress || null, offset, PAGE_SIZE);
  const when = (iso: string) =>
    intl.formatDate(iso, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone });

  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'outbox.title' })}
      </Title>
      <Text c="dimmed">{intl.formatMessage({ id: 'outbox.body' })}</Text>
      <TextInput
        label={intl.formatMessage({ id: 'outbox.filter' })}
        type="email"
        value={recipient}
        onChange={(event) => {
          setRecipient(event.currentTarget.value);
          setOffset(0);
        }}
        maw={360}
      />
      {loading && !data && <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />}
      {error && !data && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && data.outboxEmails.totalCount === 0 && (
        <Text c="dimmed">{intl.formatMessage({ id: 'outbox.empty' })}</Text>
      )}
      {data && data.outboxEmails.items.length > 0 && (
        <Accordion variant="separated" data-testid="outbox-list">
          {data.outboxEmails.items.map((email) => (
            <Accordion.Item key={email.id} value={email.id}>
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap">
                  <div>
                    <Text fw={500}>{email.subject}</Text>
                    <Text size="sm" c="dimmed">
                      {intl.formatMessage({ id: 'outbox.to' })}: {email.toAddress} · {when(email.createdAt)} ·{' '}
                      {intl.formatMessage({ id: 'outbox.template' }, { template: email.template })}
                    </Text>
                  </div>
                  <Badge
                    color={email.status === 'FAILED' ? 'red' : email.status === 'SENT' ? 'green' : 'yellow'}
                    variant="light"
                  >
                    {email.status === 'FAILED'
                      ? intl.formatMessage(
                          { id: 'outbox.status.failed' },
                          { error: (email.lastError ?? '').slice(0, 60) },
                        )
                      : email.status === 'SENT'
                        ? intl.formatMessage({ id: 'outbox.status.delivered' }, { transport: email.transport })
                        : intl.formatMessage({ id: 'outbox.status.pending' })}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                <Text component="pre" size="sm" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
                  {email.bodyText}
                </Text>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      )}
      {data && <Pager offset={offset} limit={PAGE_SIZE} total={data.outboxEmails.totalCount} onChange={setOffset} />}
    </Stack>
  );
}
