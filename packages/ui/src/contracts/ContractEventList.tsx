import { Anchor, Group, NumberInput, type NumberInputProps, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { useViewer } from '../account/use-viewer';
import type { ContractEventFieldsFragment } from '../gql/graphql';
import { formatMoney } from '../money/format-money';

/** A contract's timeline as a list: who did what, to which milestone, for how much, and when. */
export function ContractEventList({
  events,
  currency,
  titles = [],
}: {
  events: ContractEventFieldsFragment[];
  currency: string;
  titles?: Array<{ id: string; title: string }>;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (key: string, values?: Record<string, string>) => intl.formatMessage({ id: key }, values);
  const titleOf = (milestoneId: string | null | undefined) => titles.find((m) => m.id === milestoneId)?.title;
  return (
    <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {events.map((event) => (
        <li key={event.id} data-testid="contract-event">
          <Text size="sm">
            <strong>{t(`contract.event.${event.kind}`, { actor: event.actorName ?? t('contract.platform') })}</strong>
            {titleOf(event.milestoneId) && ` · ${titleOf(event.milestoneId)}`}
            {event.amountMinor != null && ` · ${formatMoney(intl, event.amountMinor, currency)}`}
          </Text>
          {event.message && (
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
              {event.message}
            </Text>
          )}
          {event.files && event.files.length > 0 && (
            <Group gap="sm" aria-label={t('contract.handInFiles')}>
              {event.files.map((file) => (
                <Anchor key={file.id} href={`/files/hand-ins/${file.id}`} download size="sm">
                  {file.fileName} (
                  {intl.formatNumber(Math.max(1, file.sizeBytes / 1024), {
                    style: 'unit',
                    unit: 'kilobyte',
                    maximumFractionDigits: 0,
                  })}
                  )
                </Anchor>
              ))}
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {intl.formatDate(event.createdAt, { dateStyle: 'medium', timeStyle: 'short', timeZone: viewer?.timeZone })}
          </Text>
        </li>
      ))}
    </Stack>
  );
}

/** The VA's share of held money in a dispute split, as a percentage (the API takes basis points). */
export function ShareToVaInput(props: NumberInputProps) {
  const intl = useIntl();
  return (
    <NumberInput
      label={intl.formatMessage({ id: 'dispute.shareToVa' })}
      description={intl.formatMessage({ id: 'dispute.shareNote' })}
      min={0}
      max={100}
      decimalScale={2}
      suffix="%"
      {...props}
    />
  );
}
