import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { AuthFrame } from '../layout/AuthFrame';
import { usePasswordReset } from './use-password-reset';

export function ForgotPasswordPage() {
  const intl = useIntl();
  const { requestReset } = usePasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: { email: isEmail(intl.formatMessage({ id: 'errors.field.isEmail' })) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <AuthFrame title={intl.formatMessage({ id: 'forgot.title' })}>
      {sentTo ? (
        <Alert color="green" role="status">
          {intl.formatMessage({ id: 'forgot.sent' }, { email: sentTo })}
        </Alert>
      ) : (
        <form
          noValidate
          onSubmit={submit(async ({ email }) => {
            await requestReset({ email });
            setSentTo(email);
          })}
        >
          <Stack>
            <Text size="sm">{intl.formatMessage({ id: 'forgot.body' })}</Text>
            <FormError message={formError} />
            <TextInput
              label={intl.formatMessage({ id: 'common.email' })}
              type="email"
              autoComplete="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={submitting}>
              {intl.formatMessage({ id: 'forgot.submit' })}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/sign-in" size="sm">
        {intl.formatMessage({ id: 'common.backToSignIn' })}
      </Anchor>
    </AuthFrame>
  );
}
