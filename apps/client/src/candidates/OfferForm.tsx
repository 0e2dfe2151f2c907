import { FormError, fromMinor, todayIn, toMinor, useFormSubmit, useViewer } from '@delegate/ui';
import {
  ActionIcon,
  Button,
  Group,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useIntl } from 'react-intl';
import type { CandidatesQuery, ContractKind } from '../gql/graphql';
import { useCandidateActions } from './use-candidates';

type Job = CandidatesQuery['jobPost'];
type Proposal = CandidatesQuery['jobProposals']['items'][number];
const KINDS: ContractKind[] = ['HOURLY', 'FIXED', 'RETAINER'];

type OfferValues = {
  kind: ContractKind;
  hourlyRate: number | string;
  weeklyLimitHours: number | string;
  monthlyAmount: number | string;
  monthlyHours: number | string;
  rolloverCapHours: number | string;
  noticeDays: number | string;
  /** Empty: the field's 1.5× the month's price per hour. */
  overageRate: number | string;
  milestones: Array<{ title: string; amount: number | string; dueDate: string }>;
  trialWeeks: string;
  startDate: string;
  message: string;
};

const latest = (...dates: Array<string | null | undefined>) =>
  dates
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1) ?? '';

/** The overage rate the API sets when none is given: 1.5× the month's price per hour, shown as the field's hint. */
function defaultOverageRate(monthlyAmount: number | string, monthlyHours: number | string): string {
  const amount = Number(monthlyAmount);
  const hours = Number(monthlyHours);
  return amount > 0 && hours > 0 ? ((amount * 1.5) / hours).toFixed(2) : '';
}

/** The terms a business offers one VA, prefilled from the post and the VA's proposal. */
export function OfferForm({
  job,
  proposal,
  onSent,
}: {
  job: Job;
  proposal: Proposal;
  /** `awaitingApproval`: held for an admin of the organisation before the VA receives it. */
  onSent: (awaitingApproval: boolean) => void;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const today = todayIn(viewer?.timeZone);
  const kind = (job.budgetKind ?? 'HOURLY') as ContractKind;
  const form = useForm<OfferValues>({
    initialValues: {
      kind,
      hourlyRate: kind === 'HOURLY' ? fromMinor(proposal.amountMinor) : '',
      weeklyLimitHours: job.weeklyHours ?? '',
      monthlyAmount: kind === 'RETAINER' ? fromMinor(proposal.amountMinor) : '',
      monthlyHours: job.weeklyHours ? job.weeklyHours * 4 : '',
      // The field's habits: up to 10 unused hours roll over, two weeks' notice.
      rolloverCapHours: 10,
      noticeDays: 14,
      overageRate: '',
      milestones:
        kind === 'FIXED'
          ? [{ title: t('offer.firstMilestone'), amount: fromMinor(proposal.amountMinor), dueDate: '' }]
          : [],
      trialWeeks: String(job.trialWeeks),
      startDate: latest(today, job.startDate, proposal.availableFrom),
      message: '',
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  const { makeOffer } = useCandidateActions();
  const values = form.values;
  // Amounts are typed in major units; the API names its minor-unit field when it refuses one.
  const money = (field: string, apiField: string, label: string) => (
    <NumberInput
      label={`${label} (${job.currency})`}
      min={0}
      decimalScale={2}
      required
      {...form.getInputProps(field)}
      error={form.errors[field] ?? form.errors[apiField]}
    />
  );
  return (
    <form
      onSubmit={submit(async (v) => {
        const offer = await makeOffer({
          proposalId: proposal.id,
          kind: v.kind,
          hourlyRateMinor: v.kind === 'HOURLY' ? toMinor(v.hourlyRate) : null,
          weeklyLimitHours: v.kind === 'HOURLY' && v.weeklyLimitHours !== '' ? Number(v.weeklyLimitHours) : null,
          monthlyAmountMinor: v.kind === 'RETAINER' ? toMinor(v.monthlyAmount) : null,
          monthlyHours: v.kind === 'RETAINER' && v.monthlyHours !== '' ? Number(v.monthlyHours) : null,
          rolloverCapHours: v.kind === 'RETAINER' && v.rolloverCapHours !== '' ? Number(v.rolloverCapHours) : null,
          noticeDays: v.kind === 'RETAINER' && v.noticeDays !== '' ? Number(v.noticeDays) : null,
          overageRateMinor: v.kind === 'RETAINER' && v.overageRate !== '' ? toMinor(v.overageRate) : null,
          milestones:
            v.kind === 'FIXED'
              ? v.milestones.map((m) => ({
                  title: m.title,
                  amountMinor: toMinor(m.amount) ?? 0,
                  dueDate: m.dueDate || null,
                }))
              : [],
          trialWeeks: Number(v.trialWeeks),
          startDate: v.startDate,
          message: v.message,
        });
        onSent(offer?.status === 'AWAITING_APPROVAL');
      })}
    >
      <Stack gap="sm">
        <SegmentedControl
          aria-label={t('offer.kind')}
          data={KINDS.map((value) => ({ value, label: t(`offer.kind.${value}`) }))}
          {...form.getInputProps('kind')}
        />
        {values.kind === 'HOURLY' && (
          <Group grow>
            {money('hourlyRate', 'hourlyRateMinor', t('offer.hourlyRate'))}
            <NumberInput
              label={t('offer.weeklyLimit')}
              min={1}
              max={80}
              required
              {...form.getInputProps('weeklyLimitHours')}
            />
          </Group>
        )}
        {values.kind === 'RETAINER' && (
          <Group grow>
            {money('monthlyAmount', 'monthlyAmountMinor', t('offer.monthlyAmount'))}
            <NumberInput
              label={t('offer.monthlyHours')}
              min={1}
              max={320}
              required
              {...form.getInputProps('monthlyHours')}
            />
          </Group>
        )}
        {values.kind === 'RETAINER' && (
          <Group grow align="flex-start">
            <NumberInput
              label={t('offer.rolloverCap')}
              description={t('offer.rolloverCapNote')}
              min={0}
              max={80}
              {...form.getInputProps('rolloverCapHours')}
            />
            <NumberInput
              label={t('offer.noticeDays')}
              description={t('offer.noticeDaysNote')}
              min={0}
              max={90}
              {...form.getInputProps('noticeDays')}
            />
          </Group>
        )}
        {values.kind === 'RETAINER' && (
          <NumberInput
            label={`${t('offer.overageRate')} (${job.currency})`}
            description={t('offer.overageRateNote')}
            placeholder={defaultOverageRate(values.monthlyAmount, values.monthlyHours)}
            min={0}
            decimalScale={2}
            {...form.getInputProps('overageRate')}
            error={form.errors.overageRate ?? form.errors.overageRateMinor}
          />
        )}
        {values.kind === 'FIXED' && (
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {t('offer.milestones')}
            </Text>
            {values.milestones.map((_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional ("Milestone 1", "Milestone 2")
              <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t('offer.milestoneTitle', { n: index + 1 })}
                  style={{ flex: 2 }}
                  maxLength={120}
                  required
                  {...form.getInputProps(`milestones.${index}.title`)}
                />
                <NumberInput
                  label={`${t('offer.amount')} (${job.currency})`}
                  style={{ flex: 1 }}
                  min={0}
                  decimalScale={2}
                  required
                  {...form.getInputProps(`milestones.${index}.amount`)}
                />
                <TextInput
                  type="date"
                  label={t('offer.dueDate')}
                  {...form.getInputProps(`milestones.${index}.dueDate`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  mb={6}
                  aria-label={t('jobs.removeRow', { label: t('offer.milestones'), n: index + 1 })}
                  onClick={() => form.removeListItem('milestones', index)}
                >
                  ×
                </ActionIcon>
              </Group>
            ))}
            <Button
              variant="subtle"
              size="xs"
              style={{ alignSelf: 'flex-start' }}
              disabled={values.milestones.length >= 20}
              onClick={() => form.insertListItem('milestones', { title: '', amount: '', dueDate: '' })}
            >
              {t('offer.addMilestone')}
            </Button>
            {form.errors.milestones && (
              <Text size="sm" c="red">
                {form.errors.milestones}
              </Text>
            )}
          </Stack>
        )}
        <Group grow>
          <TextInput
            type="date"
            label={t('jobs.startDate')}
            min={today}
            required
            {...form.getInputProps('startDate')}
          />
          <Select
            label={t('jobs.trial')}
            data={['0', '1', '2', '3', '4'].map((value) => ({
              value,
              label: value === '0' ? t('jobs.noTrial') : t('job.weeks', { weeks: Number(value) }),
            }))}
            allowDeselect={false}
            {...form.getInputProps('trialWeeks')}
          />
        </Group>
        <Textarea label={t('offer.message')} autosize minRows={2} maxLength={2000} {...form.getInputProps('message')} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button type="submit" loading={submitting}>
            {t('offer.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
