import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { hasLength, isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import { useNavigate } from 'react-router';
import { openConfirmModal } from '../dialogs/confirm';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { useLocale } from '../i18n/I18nProvider';
import { isLocale, LOCALES } from '../i18n/locales';
import { PasswordField } from './PasswordField';
import { TimeZoneSelect } from './TimeZoneSelect';
import { useAccountSettings } from './use-account-settings';
import { useSession } from './use-session';
import { useViewer } from './use-viewer';

/** Name, language, time zone, password, and signing out everywhere. */
export function SettingsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  if (!viewer) return null;
  return (
    <Stack maw={560}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'settings.title' })}
      </Title>
      <ProfileCard viewer={viewer} />
      <PasswordCard />
      <SessionsCard />
    </Stack>
  );
}

function ProfileCard({ viewer }: { viewer: { displayName: string; locale: string; timeZone: string } }) {
  const intl = useIntl();
  const { setLocale } = useLocale();
  const { updateAccount } = useAccountSettings();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { displayName: viewer.displayName, locale: viewer.locale, timeZone: viewer.timeZone },
    validate: { displayName: isNotEmpty(intl.formatMessage({ id: 'errors.field.required' })) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Card withBorder>
      <form
        noValidate
        onSubmit={submit(async (values) => {
          await updateAccount(values);
          if (isLocale(values.locale)) setLocale(values.locale);
          notifications.show({ color: 'green', message: intl.formatMessage({ id: 'common.saved' }) });
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            {intl.formatMessage({ id: 'settings.profile' })}
          </Title>
          <FormError message={formError} />
          <TextInput
            label={intl.formatMessage({ id: 'common.displayName' })}
            required
            key={form.key('displayName')}
            {...form.getInputProps('displayName')}
          />
          <Select
            label={intl.formatMessage({ id: 'common.language' })}
            data={LOCALES.map(({ code, label }) => ({ value: code, label }))}
            allowDeselect={false}
            key={form.key('locale')}
            {...form.getInputProps('locale')}
          />
          <TimeZoneSelect key={form.key('timeZone')} {...form.getInputProps('timeZone')} />
          <Group>
            <Button type="submit" loading={submitting}>
              {intl.formatMessage({ id: 'common.save' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PasswordCard() {
  const intl = useIntl();
  const { changePassword } = useAccountSettings();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: {
      currentPassword: isNotEmpty(intl.formatMessage({ id: 'errors.field.required' })),
      newPassword: hasLength({ min: 10, max: 128 }, intl.formatMessage({ id: 'errors.field.password.isLength' })),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Card withBorder>
      <form
        noValidate
        onSubmit={submit(async (values) => {
          await changePassword(values);
          form.reset();
          notifications.show({ color: 'green', message: intl.formatMessage({ id: 'settings.passwordChanged' }) });
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            {intl.formatMessage({ id: 'settings.password' })}
          </Title>
          <FormError message={formError} />
          <PasswordField
            label={intl.formatMessage({ id: 'settings.currentPassword' })}
            autoComplete="current-password"
            key={form.key('currentPassword')}
            {...form.getInputProps('currentPassword')}
          />
          <PasswordField
            label={intl.formatMessage({ id: 'settings.newPassword' })}
            autoComplete="new-password"
            key={form.key('newPassword')}
            {...form.getInputProps('newPassword')}
          />
          <Group>
            <Button type="submit" loading={submitting}>
              {intl.formatMessage({ id: 'settings.changePassword' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function SessionsCard() {
  const intl = useIntl();
  const navigate = useNavigate();
  const { signOutEverywhere, signingOutEverywhere } = useSession();
  const confirm = () =>
    openConfirmModal({
      title: intl.formatMessage({ id: 'settings.signOutEverywhere' }),
      children: <Text size="sm">{intl.formatMessage({ id: 'settings.signOutEverywhere.confirm' })}</Text>,
      labels: {
        confirm: intl.formatMessage({ id: 'common.confirm' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        await signOutEverywhere();
        navigate('/sign-in', { replace: true });
      },
    });
  return (
    <Card withBorder>
      <Stack align="flex-start">
        <Title order={2} size="h4">
          {intl.formatMessage({ id: 'settings.sessions' })}
        </Title>
        <Text size="sm">{intl.formatMessage({ id: 'settings.sessionsBody' })}</Text>
        <Button color="red" variant="light" loading={signingOutEverywhere} onClick={confirm}>
          {intl.formatMessage({ id: 'settings.signOutEverywhere' })}
        </Button>
      </Stack>
    </Card>
  );
}
