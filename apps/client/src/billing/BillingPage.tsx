import { SavedCardPanel, useViewer } from '@delegate/ui';
import { Stack, Title } from '@mantine/core';
import { useIntl } from 'react-intl';

/** Billing keepers: owners, admins and finance. */
const KEEPS_BILLING = ['OWNER', 'ADMIN', 'FINANCE'];

/** How the organisation pays: its card for hourly weeks. */
export function BillingPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'billing.title' })}
      </Title>
      <SavedCardPanel canManage={KEEPS_BILLING.includes(viewer?.organization?.role ?? '')} />
    </Stack>
  );
}
