import { Alert, Button, Stack } from '@mantine/core';
import { useIntl } from 'react-intl';
import { describeError } from '../errors/describe-error';

/** A failed load, in words, with a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const intl = useIntl();
  return (
    <Alert color="red" role="alert" title={describeError(error, intl).message}>
      {onRetry && (
        <Stack align="flex-start" mt="sm">
          <Button variant="light" color="red" onClick={onRetry}>
            {intl.formatMessage({ id: 'common.retry' })}
          </Button>
        </Stack>
      )}
    </Alert>
  );
}
