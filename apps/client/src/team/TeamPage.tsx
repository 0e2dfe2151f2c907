import { ErrorState, FormError, openConfirmModal, useCountries, useFormSubmit, useViewer } from '@delegate/ui';
import { Alert, Badge, Button, Card, Group, Loader, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { isEmail, isNotEmpty, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import type { OrganizationRole } from '../gql/graphql';
import { useTeam, useTeamActions, useUpdateOrganization } from './use-team';

const INVITABLE_ROLES: OrganizationRole[] = ['ADMIN', 'HIRING_MANAGER', 'FINANCE'];

export function TeamPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { data, loading, error, refetch } = useTeam();
  const canInvite = viewer?.organization?.role === 'OWNER' || viewer?.organization?.role === 'ADMIN';
  const roleLabel = (role: string) => intl.formatMessage({ id: `role.${role.toLowerCase()}` });
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: viewer?.timeZone });

  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  const { members, invitations } = data.myOrganization;

  return (
    <Stack maw={860}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'team.title' })} · {data.myOrganization.name}
      </Title>
      <Card withBorder>
        <Title order={2} size="h4" mb="sm">
          {intl.formatMessage({ id: 'team.members' })}
        </Title>
        <Table.ScrollContainer minWidth={480}>
          <Table>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.userId}>
                  <Table.Td>
                    <Text fw={500}>{member.displayName}</Text>
                    <Text size="sm" c="dimmed">
                      {member.email}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge variant="light">{roleLabel(member.role)}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{intl.formatMessage({ id: 'team.joined' }, { date: date(member.joinedAt) })}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </Card>
      {canInvite && <OrganizationCard name={data.myOrganization.name} country={data.myOrganization.country ?? null} />}
      {canInvite ? (
        <>
          <InviteCard onInvited={() => void refetch()} />
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {intl.formatMessage({ id: 'team.pending' })}
            </Title>
            {invitations.length === 0 ? (
              <Text c="dimmed">{intl.formatMessage({ id: 'team.noPending' })}</Text>
            ) : (
              <Stack gap="xs">
                {invitations.map((invitation) => (
                  <PendingInvitation
                    key={invitation.id}
                    invitation={invitation}
                    roleLabel={roleLabel(invitation.role)}
                    expires={date(invitation.expiresAt)}
                    onRevoked={() => void refetch()}
                  />
                ))}
              </Stack>
            )}
          </Card>
        </>
      ) : (
        <Alert color="gray">{intl.formatMessage({ id: 'team.adminsOnly' })}</Alert>
      )}
    </Stack>
  );
}

/** The name and country VAs see on the organisation's posts (owners and admins). */
function OrganizationCard({ name, country }: { name: string; country: string | null }) {
  const intl = useIntl();
  const countries = useCountries();
  const update = useUpdateOrganization();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name, country },
    validate: { name: isNotEmpty(intl.formatMessage({ id: 'errors.field.required' })) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Card withBorder>
      <form
        noValidate
        onSubmit={submit(async (values) => {
          await update(values);
          notifications.show({ color: 'green', message: intl.formatMessage({ id: 'team.organization.saved' }) });
        })}
      >
        <Stack>
          <div>
            <Title order={2} size="h4">
              {intl.formatMessage({ id: 'team.organization' })}
            </Title>
            <Text size="sm" c="dimmed">
              {intl.formatMessage({ id: 'team.organization.hint' })}
            </Text>
          </div>
          <FormError message={formError} />
          <Group align="flex-start" grow>
            <TextInput
              label={intl.formatMessage({ id: 'team.organization.name' })}
              required
              maxLength={160}
              key={form.key('name')}
              {...form.getInputProps('name')}
            />
            <Select
              label={intl.formatMessage({ id: 'team.organization.country' })}
              data={countries.options}
              searchable
              clearable
              key={form.key('country')}
              {...form.getInputProps('country')}
            />
          </Group>
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

function InviteCard({ onInvited }: { onInvited(): void }) {
  const intl = useIntl();
  const { invite } = useTeamActions();
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', role: 'HIRING_MANAGER' as OrganizationRole },
    validate: { email: isEmail(intl.formatMessage({ id: 'errors.field.isEmail' })) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Card withBorder>
      <form
        noValidate
        onSubmit={submit(async (values) => {
          await invite(values);
          notifications.show({
            color: 'green',
            message: intl.formatMessage({ id: 'team.inviteSent' }, { email: values.email }),
          });
          form.reset();
          onInvited();
        })}
      >
        <Stack>
          <Title order={2} size="h4">
            {intl.formatMessage({ id: 'team.invite' })}
          </Title>
          <FormError message={formError} />
          <Group align="flex-start" grow>
            <TextInput
              label={intl.formatMessage({ id: 'common.email' })}
              type="email"
              required
              key={form.key('email')}
              {...form.getInputProps('email')}
            />
            <Select
              label={intl.formatMessage({ id: 'team.role' })}
              data={INVITABLE_ROLES.map((role) => ({
                value: role,
                label: intl.formatMessage({ id: `role.${role.toLowerCase()}` }),
              }))}
              allowDeselect={false}
              key={form.key('role')}
              {...form.getInputProps('role')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={submitting}>
              {intl.formatMessage({ id: 'team.inviteSubmit' })}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}

function PendingInvitation({
  invitation,
  roleLabel,
  expires,
  onRevoked,
}: {
  invitation: { id: string; email: string };
  roleLabel: string;
  expires: string;
  onRevoked(): void;
}) {
  const intl = useIntl();
  const { revoke, revoking } = useTeamActions();
  const confirm = () =>
    openConfirmModal({
      title: intl.formatMessage({ id: 'team.revoke' }),
      children: <Text size="sm">{intl.formatMessage({ id: 'team.revoke.confirm' }, { email: invitation.email })}</Text>,
      labels: {
        confirm: intl.formatMessage({ id: 'team.revoke' }),
        cancel: intl.formatMessage({ id: 'common.cancel' }),
      },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        await revoke(invitation.id);
        onRevoked();
      },
    });
  return (
    <Group justify="space-between">
      <div>
        <Text fw={500}>{invitation.email}</Text>
        <Text size="sm" c="dimmed">
          {roleLabel} · {intl.formatMessage({ id: 'team.expires' }, { date: expires })}
        </Text>
      </div>
      <Button variant="subtle" color="red" loading={revoking} onClick={confirm}>
        {intl.formatMessage({ id: 'team.revoke' })}
      </Button>
    </Group>
  );
}
