import { Alert, Anchor, Button, Loader, Stack, Text, TextInput } from '@mantine/core';
import { hasLength, isEmail, isNotEmpty, useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApp } from '../app-context';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { type MessageId, useLocale } from '../i18n/I18nProvider';
import { AuthFrame } from '../layout/AuthFrame';
import { deviceTimeZone } from '../time-zones';
import { PasswordField } from './PasswordField';
import { TimeZoneSelect } from './TimeZoneSelect';
import { useInvitation, useSession } from './use-session';

/** Sign-up for businesses (new organisation, or joining one by invitation) and for VAs. */
export function SignUpPage() {
  const intl = useIntl();
  const app = useApp();
  const { locale } = useLocale();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invitationToken = app.name === 'client' ? params.get('invitation') : null;
  const invitation = useInvitation(invitationToken);
  const { signUpClient, signUpFreelancer } = useSession();
  const needsOrganization = app.name === 'client' && !invitationToken;

  const required = intl.formatMessage({ id: 'errors.field.required' });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: '', email: '', password: '', organizationName: '', timeZone: deviceTimeZone() },
    validate: {
      displayName: isNotEmpty(required),
      email: isEmail(intl.formatMessage({ id: 'errors.field.isEmail' })),
      password: hasLength({ min: 10, max: 128 }, intl.formatMessage({ id: 'errors.field.password.isLength' })),
      organizationName: (value) => (needsOrganization && !value.trim() ? required : null),
      timeZone: isNotEmpty(required),
    },
  });
  const invitedEmail = invitation.data?.invitation.email;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the form object is stable; only the invited e-mail matters
  useEffect(() => {
    if (invitedEmail) form.setFieldValue('email', invitedEmail);
  }, [invitedEmail]);
  const { submit, formError, submitting } = useFormSubmit(form);

  return (
    <AuthFrame
      title={intl.formatMessage({ id: `signUp.title.${app.name}` as MessageId })}
      subtitle={intl.formatMessage({ id: `signUp.subtitle.${app.name}` as MessageId })}
    >
      {invitationToken && invitation.loading && (
        <Loader size="sm" aria-label={intl.formatMessage({ id: 'common.loading' })} />
      )}
      {invitation.error && (
        <Alert color="red" role="alert">
          {describeError(invitation.error, intl).message}
        </Alert>
      )}
      {invitation.data && (
        <Alert color="indigo">
          {intl.formatMessage(
            { id: 'signUp.invitation' },
            {
              organization: invitation.data.invitation.organizationName,
              role: intl.formatMessage({ id: `role.${invitation.data.invitation.role.toLowerCase()}` as MessageId }),
            },
          )}
        </Alert>
      )}
      <form
        noValidate
        onSubmit={submit(async ({ organizationName, ...values }) => {
          const account = { ...values, locale };
          if (app.name === 'client') {
            await signUpClient(invitationToken ? { ...account, invitationToken } : { ...account, organizationName });
          } else {
            await signUpFreelancer(account);
          }
          navigate('/', { replace: true });
        })}
      >
        <Stack>
          <FormError message={formError} />
          <TextInput
            label={intl.formatMessage({ id: 'common.displayName' })}
            autoComplete="name"
            required
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          {needsOrganization && (
            <TextInput
              label={intl.formatMessage({ id: 'signUp.organizationName' })}
              autoComplete="organization"
              required
              key={form.key('organizationName')}
              {...form.getInputProps('organizationName')}
            />
          )}
          <TextInput
            label={intl.formatMessage({ id: 'common.email' })}
            type="email"
            autoComplete="email"
            required
            readOnly={Boolean(invitedEmail)}
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordField
            label={intl.formatMessage({ id: 'common.password' })}
            description={intl.formatMessage({ id: 'signUp.passwordHint' })}
            autoComplete="new-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <TimeZoneSelect required key={form.key('timeZone')} {...form.getInputProps('timeZone')} />
          <Button type="submit" loading={submitting} fullWidth>
            {intl.formatMessage({ id: 'signUp.submit' })}
          </Button>
          <Text size="sm">
            {intl.formatMessage({ id: 'signUp.haveAccount' })}{' '}
            <Anchor component={Link} to="/sign-in">
              {intl.formatMessage({ id: 'signIn.title' })}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthFrame>
  );
}
