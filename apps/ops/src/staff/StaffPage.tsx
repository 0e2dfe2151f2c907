import { FormError, useFormSubmit } from '@delegate/ui';
import { Button, Card, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import type { OpsRole } from '../gql/graphql';
import { useCreateOpsAccount } from './use-staff';

/** Ops admins create accounts for new staff; each chooses a password from an e-mailed link. */
export function StaffPage() {
  const intl = useIntl();
  const createOpsAccount = useCreateOpsAccount();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', displayName: '', opsRole: 'VETTER' as OpsRole },
    validate: {
      email: isEmail(intl.formatMessage({ id: 'errors.field.isEmail' })),
      displayName: isNotEmpty(intl.formatMessage({ id: 'errors.field.required' })),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Stack maw={640}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'staff.title' })}
      </Title>
      <Text c="dimmed">{intl.formatMessage({ id: 'staff.body' })}</Text>
      <Card withBorder>
        <form
          noValidate
          onSubmit={submit(async (values) => {
            const created = await createOpsAccount(values);
            notifications.show({
              color: 'green',
              message: intl.formatMessage({ id: 'staff.created' }, { email: created?.email ?? values.email }),
            });
            form.reset();
          })}
        >
          <Stack>
            <FormError message={formError} />
            <TextInput
              label={intl.formatMessage({ id: 'common.displayName' })}
              required
              key={form.key('displayName')}
              {...form.getInputProps('displayName')}
            />
            <TextInput
              label={intl.formatMessage({ id: 'common.email' })}
              type="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Select
              label={intl.formatMessage({ id: 'staff.role' })}
              data={(['VETTER', 'ADMIN'] as const).map((role) => ({
                value: role,
                label: intl.formatMessage({ id: `opsRole.${role.toLowerCase()}` }),
              }))}
              allowDeselect={false}
              key={form.key('opsRole')}
              {...form.getInputProps('opsRole')}
            />
            <Group>
              <Button type="submit" loading={submitting}>
                {intl.formatMessage({ id: 'staff.create' })}
              </Button>
            </Group>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
