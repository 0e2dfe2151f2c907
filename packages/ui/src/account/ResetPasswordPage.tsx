import { Alert, Anchor, Button, Stack } from '@mantine/core';
import { hasLength, useForm } from '@mantine/form';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useSearchParams } from 'react-router';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { AuthFrame } from '../layout/AuthFrame';
import { PasswordField } from './PasswordField';
import { usePasswordReset } from './use-password-reset';

/** Opened from the e-mailed link; also how new ops staff choose their first password. */
export function ResetPasswordPage() {
  const intl = useIntl();
  const [params] = useSearchParams();
  const token = params.get('token');
  const { resetPassword } = usePasswordReset();
  const [done, setDone] = useState(false);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { newPassword: '' },
    validate: {
      newPassword: hasLength({ min: 10, max: 128 }, intl.formatMessage({ id: 'errors.field.password.isLength' })),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <AuthFrame title={intl.formatMessage({ id: 'reset.title' })}>
      {!token && (
        <Alert color="orange" role="alert">
          {intl.formatMessage({ id: 'reset.missingToken' })}
        </Alert>
      )}
      {done && (
        <Alert color="green" role="status">
          {intl.formatMessage({ id: 'reset.done' })}
        </Alert>
      )}
      {token && !done && (
        <form
          noValidate
          onSubmit={submit(async ({ newPassword }) => {
            await resetPassword({ token, newPassword });
            setDone(true);
          })}
        >
          <Stack>
            <FormError message={formError} />
            <PasswordField
              label={intl.formatMessage({ id: 'reset.newPassword' })}
              autoComplete="new-password"
              required
              key={form.key('newPassword')}
              {...form.getInputProps('newPassword')}
            />
            <Button type="submit" loading={submitting}>
              {intl.formatMessage({ id: 'reset.submit' })}
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
