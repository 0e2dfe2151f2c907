import { describeError, FormError } from '@delegate/ui';
import { Alert, Badge, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { usePayoutAccount } from './use-payouts';

/** Stands in for the payment provider's onboarding forms when the marketplace runs in the sandbox. */
export function SandboxOnboardingPage() {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const navigate = useNavigate();
  const { completeSandboxOnboarding, completingSandbox } = usePayoutAccount();
  const [problem, setProblem] = useState<string | null>(null);
  const finish = async () => {
    setProblem(null);
    try {
      await completeSandboxOnboarding();
      navigate('/payouts?onboarding=returned');
    } catch (caught) {
      setProblem(describeError(caught, intl).message);
    }
  };
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {t('payouts.sandboxTitle')}
      </Title>
      <Card withBorder>
        <Stack>
          <Alert role="note" color="yellow" title={<Badge color="yellow">{t('escrow.sandbox')}</Badge>}>
            {t('payouts.sandboxExplain')}
          </Alert>
          <FormError message={problem} />
          <Button onClick={() => void finish()} loading={completingSandbox}>
            {t('payouts.sandboxComplete')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('payouts.sandboxNote')}
          </Text>
        </Stack>
      </Card>
    </Stack>
  );
}
