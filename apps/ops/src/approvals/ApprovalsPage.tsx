import { ApprovalRequests } from '@delegate/ui';
import { Stack, Text, Title } from '@mantine/core';
import { useIntl } from 'react-intl';

/** Dispute decisions moving large amounts, waiting for a second ops member. */
export function ApprovalsPage() {
  const intl = useIntl();
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'approvals.title' })}
      </Title>
      <Text c="dimmed">{intl.formatMessage({ id: 'approvals.opsIntro' })}</Text>
      <ApprovalRequests decides linkOf={(request) => `/disputes/${request.subjectId}`} />
    </Stack>
  );
}
