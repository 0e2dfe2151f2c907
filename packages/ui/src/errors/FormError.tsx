import { Alert } from '@mantine/core';

/** The one-sentence error above a form, announced to screen readers. */
export function FormError({ message }: { message: string | null }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" data-testid="form-error">
      {message}
    </Alert>
  );
}
