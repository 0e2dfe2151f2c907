import type { UseFormReturnType } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { describeError } from './describe-error';

/**
 * Runs a form's mutation and spreads an API error over the form: translated messages on the
 * fields the API named, and one sentence for the whole form.
 */
export function useFormSubmit<Values extends Record<string, unknown>>(form: UseFormReturnType<Values>) {
  const intl = useIntl();
  const [formError, setFormError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const submit = (action: (values: Values) => Promise<unknown>) =>
    form.onSubmit(async (values) => {
      setFormError(null);
      setSubmitting(true);
      try {
        await action(values);
      } catch (error) {
        const described = describeError(error, intl);
        form.setErrors(described.fields);
        setFormError(described.message);
      } finally {
        setSubmitting(false);
      }
    });
  return { submit, formError, submitting };
}
