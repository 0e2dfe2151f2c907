import {
  ApprovalRequests,
  CURRENCIES,
  ErrorState,
  FormError,
  formatMoney,
  fromMinor,
  toMinor,
  useFormSubmit,
  useViewer,
} from '@delegate/ui';
import { Button, Card, Checkbox, Group, Loader, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useIntl } from 'react-intl';
import type { ApprovalPolicyQuery as ApprovalPolicyData, OrganizationApprovalKind } from '../gql/graphql';
import { useApprovalPolicy, useSaveApprovalPolicy } from './use-approval-policy';

const KINDS: OrganizationApprovalKind[] = ['OFFER', 'BONUS', 'SETTLEMENT'];

/** The organisation's approval policy and the requests it holds: admins decide, members follow their own. */
export function ApprovalsPage() {
  const intl = useIntl();
  const { viewer } = useViewer();
  const admin = viewer?.organization?.role === 'OWNER' || viewer?.organization?.role === 'ADMIN';
  return (
    <Stack maw={1000}>
      <Title order={1} size="h2">
        {intl.formatMessage({ id: 'approvals.title' })}
      </Title>
      <PolicyCard editable={admin} />
      <ApprovalRequests
        decides={admin}
        linkOf={(request) =>
          request.kind === 'OFFER'
            ? request.jobId && `/jobs/${request.jobId}/candidates`
            : request.contractId && `/contracts/${request.contractId}`
        }
      />
    </Stack>
  );
}

function PolicyCard({ editable }: { editable: boolean }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { data, loading, error, refetch } = useApprovalPolicy();
  if (loading && !data) return <Loader aria-label={t('common.loading')} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const policy = data?.approvalPolicy ?? null;
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="xs">
        {t('approvals.policy')}
      </Title>
      <Text size="sm" mb="sm" data-testid="approval-policy">
        {policy
          ? t('approvals.policyIs', {
              kinds: intl.formatList(policy.kinds.map((kind) => t(`approvals.policyKind.${kind}`))),
              amount: formatMoney(intl, policy.thresholdMinor, policy.currency),
            })
          : t('approvals.noPolicy')}
      </Text>
      {editable ? (
        <PolicyForm policy={policy} />
      ) : (
        <Text size="xs" c="dimmed">
          {t('approvals.adminsSet')}
        </Text>
      )}
    </Card>
  );
}

function PolicyForm({ policy }: { policy: ApprovalPolicyData['approvalPolicy'] }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const save = useSaveApprovalPolicy();
  const form = useForm({
    initialValues: {
      amount: policy ? fromMinor(policy.thresholdMinor) : 500,
      currency: policy?.currency ?? 'USD',
      kinds: (policy?.kinds ?? []) as string[],
    },
    validate: { amount: (value) => (toMinor(value) === null ? t('errors.field.required') : null) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <form
      noValidate
      onSubmit={submit(async ({ amount, currency, kinds }) => {
        await save({ thresholdMinor: toMinor(amount) ?? 0, currency, kinds: kinds as OrganizationApprovalKind[] });
        notifications.show({ color: 'green', message: t('approvals.policySaved') });
      })}
    >
      <Stack>
        <Checkbox.Group label={t('approvals.policyKinds')} {...form.getInputProps('kinds')}>
          <Group mt={4}>
            {KINDS.map((kind) => (
              <Checkbox key={kind} value={kind} label={t(`approvals.policyKind.${kind}`)} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group align="flex-start" grow>
          <NumberInput
            label={t('approvals.threshold')}
            description={t('approvals.thresholdNote')}
            min={0}
            decimalScale={2}
            fixedDecimalScale
            {...form.getInputProps('amount')}
          />
          <Select
            label={t('approvals.currency')}
            data={[...CURRENCIES]}
            allowDeselect={false}
            {...form.getInputProps('currency')}
          />
        </Group>
        <FormError message={formError} />
        <Group>
          <Button type="submit" loading={submitting}>
            {t('approvals.savePolicy')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
