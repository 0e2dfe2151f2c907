import { useMutation } from '@apollo/client/react';
import { FormError, useFormSubmit } from '@delegate/ui';
import { Badge, Button, Card, Group, NumberInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import type { AvailabilityFieldsFragment } from '../gql/graphql';
import { SetAvailabilityMutation } from './graphql/my-week';

/** Capacity less what contracts commit, and leave: what matching ranks the VA by for new work. */
export function AvailabilityCard({ availability }: { availability: AvailabilityFieldsFragment }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [save] = useMutation(SetAvailabilityMutation, { refetchQueries: ['MyWeek'] });
  const form = useForm({
    initialValues: {
      weeklyCapacityHours: availability.weeklyCapacityHours as number | '',
      leaveFrom: availability.leaveFrom ?? '',
      leaveUntil: availability.leaveUntil ?? '',
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="xs">
        {t('availability.title')}
      </Title>
      <Text size="sm" mb="xs" data-testid="availability-summary">
        {t('availability.summary', {
          capacity: availability.weeklyCapacityHours,
          committed: availability.committedHours,
          free: availability.freeHours,
        })}
      </Text>
      {availability.onLeave && (
        <Badge color="yellow" variant="light" mb="xs">
          {t('availability.onLeave')}
        </Badge>
      )}
      <form
        noValidate
        onSubmit={submit(async ({ weeklyCapacityHours, leaveFrom, leaveUntil }) => {
          await save({
            variables: {
              input: {
                weeklyCapacityHours: Number(weeklyCapacityHours),
                leaveFrom: leaveFrom || null,
                leaveUntil: leaveUntil || null,
              },
            },
          });
          notifications.show({ color: 'green', message: t('availability.saved') });
        })}
      >
        <Stack gap="xs">
          <FormError message={formError} />
          <Group align="flex-start" grow>
            <NumberInput
              label={t('availability.capacity')}
              min={1}
              max={80}
              allowDecimal={false}
              {...form.getInputProps('weeklyCapacityHours')}
            />
            <TextInput type="date" label={t('availability.leaveFrom')} {...form.getInputProps('leaveFrom')} />
            <TextInput type="date" label={t('availability.leaveUntil')} {...form.getInputProps('leaveUntil')} />
          </Group>
          <Text size="xs" c="dimmed">
            {t('availability.hint')}
          </Text>
          <Group>
            <Button type="submit" variant="light" loading={submitting}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
