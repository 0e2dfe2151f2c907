import { Button, Paper, Stack, Text } from '@mantine/core';
import { useIntl } from 'react-intl';
import { describeError } from '../errors/describe-error';

/**
 * A failed load, in words, with a way to try again. Drawn as Mantine's light red alert is, from a
 * paper: every first page can show it, and an alert (with its close button) would add to all of them.
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const intl = useIntl();
  return (
    <Paper role="alert" p="md" bg="red.0" c="red.9">
      <Stack align="flex-start" gap="sm">
        <Text fw={700} size="sm">
          {describeError(error, intl).message}
        </Text>
        {onRetry && (
          <Button variant="light" color="red" onClick={onRetry}>
            {intl.formatMessage({ id: 'common.retry' })}
          </Button>
        )}
      </Stack>
    </Paper>
  );
}
