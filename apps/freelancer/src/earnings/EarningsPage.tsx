import { BillingHistory, DetailsForm } from '@delegate/ui';
import { Stack, Title } from '@mantine/core';
import { useIntl } from 'react-intl';

/** The VA's earnings: a statement per release with its PDF, totals per month, and what statements are made out to. */
export function EarningsPage() {
  const intl = useIntl();
  return (
    <Stack maw={960}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'billing.earningsTitle' })}
      </Title>
      <BillingHistory kind="statements" />
      <DetailsForm side="payee" canEdit />
    </Stack>
  );
}
