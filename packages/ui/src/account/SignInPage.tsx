import { Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApp } from '../app-context';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import type { MessageId } from '../i18n/I18nProvider';
import { AuthFrame } from '../layout/AuthFrame';
import { PasswordField } from './PasswordField';
import { useSession } from './use-session';

/** Keeps `next` on this app (no open redirect to another site). */
export function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const intl = useIntl();
  const app = useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const { signIn } = useSession();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: {
      email: isEmail(intl.formatMessage({ id: 'errors.field.isEmail' })),
      password: isNotEmpty(intl.formatMessage({ id: 'errors.field.required' })),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);

  return (
    <AuthFrame
      title={intl.formatMessage({ id: 'signIn.title' })}
      subtitle={intl.formatMessage({ id: `signIn.subtitle.${app.name}` as MessageId })}
    >
      <form
        noValidate
        onSubmit={submit(async (values) => {
          await signIn({ ...values, accountKind: app.accountKind });
          navigate(safeNext(params.get('next')), { replace: true });
        })}
      >
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={intl.formatMessage({ id: 'common.email' })}
            type="email"
            autoComplete="username"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={intl.formatMessage({ id: 'common.password' })}
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" loading={submitting} fullWidth>
            {intl.formatMessage({ id: 'signIn.submit' })}
          </Button>
          <Anchor component={Link} to="/forgot-password" size="sm">
            {intl.formatMessage({ id: 'signIn.forgot' })}
          </Anchor>
          {app.allowsSignUp && (
            <Text size="sm">
              {intl.formatMessage({ id: 'signIn.noAccount' })}{' '}
              <Anchor component={Link} to="/sign-up">
                {intl.formatMessage({ id: 'signIn.createAccount' })}
              </Anchor>
            </Text>
          )}
        </Stack>
      </form>
    </AuthFrame>
  );
}
