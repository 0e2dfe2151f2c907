import { BillingHistory, DetailsForm, SavedCardPanel, useViewer } from '@delegate/ui';
import { Stack, Title } from '@mantine/core';
import { useIntl } from 'react-intl';

/** Billing keepers: owners, admins and finance. */
const KEEPS_BILLING = ['OWNER', 'ADMIN', 'FINANCE'];

/** How the organisation pays: its invoices and their totals, its card for hourly weeks, its invoice details. */
export function BillingPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const keepsBilling = KEEPS_BILLING.includes(viewer?.organization?.role ?? '');
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'billing.title' })}
      </Title>
      <BillingHistory kind="invoices" />
      <SavedCardPanel canManage={keepsBilling} />
      <DetailsForm side="business" canEdit={keepsBilling} />
    </Stack>
  );
}
