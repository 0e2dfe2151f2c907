import {
  Alert,
  Badge,
  Button,
  FileInput,
  Group,
  Loader,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { lazy, Suspense, useState } from 'react';
import { useIntl } from 'react-intl';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import type { ContractMilestoneFieldsFragment } from '../gql/graphql';
import { formatMoney } from '../money/format-money';
import { duration } from '../timesheets/duration';
import { OpenDisputeDialog } from './ContractDisputes';
import { useMilestoneActions, useMilestonePayment } from './use-contract-data';

/** A milestone as the contract page shows it (the generated fragment type). */
export type MilestoneView = ContractMilestoneFieldsFragment;

/** What the API accepts with a hand-in (it checks the bytes too). */
const HAND_IN_ACCEPT = '.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.webp,.gif,.zip';

type Dialog = 'pay' | 'submit' | 'changes' | 'release' | 'refund' | 'dispute' | null;
/** What each side may do with a milestone now: the client pays, approves or sends back; the VA hands in or refunds. */
export function MilestoneActions({
  milestone,
  currency,
  side,
  counterpart,
  hourly,
  overageRateMinor = null,
}: {
  milestone: MilestoneView;
  currency: string;
  side: 'client' | 'freelancer';
  counterpart: string;
  /** Hourly time: handed in by submitting its timesheet, approved or disputed but never sent back. */
  hourly: boolean;
  /** Retainer: the price of an hour beyond a period's own, shown when the VA reports more. */
  overageRateMinor?: number | null;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const { release } = useMilestoneActions();
  const close = () => setDialog(null);
  const held = milestone.money.heldMinor;
  const working = ['FUNDED', 'SUBMITTED', 'CHANGES_REQUESTED'].includes(milestone.status);
  const approve = () =>
    openConfirmModal({
      title: t('escrow.approveTitle', { title: milestone.title }),
      children: (
        <Text size="sm">
          {t('escrow.approveBody', { amount: formatMoney(intl, held, currency), name: counterpart })}
        </Text>
      ),
      labels: { confirm: t('escrow.approve'), cancel: t('common.cancel') },
      onConfirm: () => {
        setProblem(null);
        void release({ milestoneId: milestone.id }).catch((error) => setProblem(describeError(error, intl).message));
      },
    });
  return (
    <Stack gap={4}>
      <Group gap="xs">
        {side === 'client' && milestone.status === 'PENDING' && !milestone.awaitingApproval && (
          <Button size="xs" onClick={() => setDialog('pay')}>
            {t('escrow.pay')}
          </Button>
        )}
        {side === 'client' && milestone.status === 'SUBMITTED' && (
          <>
            <Button size="xs" color="green" onClick={approve}>
              {t('escrow.approve')}
            </Button>
            {/* Hourly time and overage hours are approved or disputed, never sent back. */}
            {!hourly && !milestone.overageOfId && (
              <Button size="xs" variant="default" onClick={() => setDialog('changes')}>
                {t('escrow.requestChanges')}
              </Button>
            )}
          </>
        )}
        {side === 'client' && working && (
          <Button size="xs" variant="subtle" onClick={() => setDialog('release')}>
            {t('escrow.releasePart')}
          </Button>
        )}
        {side === 'freelancer' && !hourly && ['FUNDED', 'CHANGES_REQUESTED'].includes(milestone.status) && (
          <Button size="xs" onClick={() => setDialog('submit')}>
            {t('escrow.submit')}
          </Button>
        )}
        {side === 'freelancer' && working && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setDialog('refund')}>
            {t('escrow.refund')}
          </Button>
        )}
        {working && (
          <Button size="xs" variant="subtle" color="red" onClick={() => setDialog('dispute')}>
            {t('dispute.open')}
          </Button>
        )}
      </Group>
      {problem && (
        <Text size="sm" c="red" role="alert">
          {problem}
        </Text>
      )}
      {dialog === 'pay' && <PayDialog milestone={milestone} onClose={close} />}
      {(dialog === 'submit' || dialog === 'changes') && (
        <NoteDialog
          milestone={milestone}
          kind={dialog}
          overage={overageRateMinor ? { rateMinor: overageRateMinor, currency } : null}
          onClose={close}
        />
      )}
      {dialog === 'dispute' && <OpenDisputeDialog milestone={milestone} onClose={close} />}
      {(dialog === 'release' || dialog === 'refund') && (
        <AmountDialog milestone={milestone} currency={currency} kind={dialog} onClose={close} />
      )}
    </Stack>
  );
}

/** What the hours reported beyond a retainer period's own will bill, before the VA hands them in. */
function OverageNote({ minutes, overage }: { minutes: number; overage: { rateMinor: number; currency: string } }) {
  const intl = useIntl();
  if (minutes <= 0) return null;
  // The API's rounding: half up to the minor unit.
  const amountMinor = Math.floor((overage.rateMinor * minutes + 30) / 60);
  return (
    <Alert color="blue" variant="light" role="status">
      {intl.formatMessage(
        { id: 'escrow.overageNote' },
        {
          hours: duration(minutes, intl),
          rate: formatMoney(intl, overage.rateMinor, overage.currency),
          amount: formatMoney(intl, amountMinor, overage.currency),
        },
      )}
    </Alert>
  );
}

/** Stripe's card form is only downloaded when payments go through Stripe. */
const StripeCardForm = lazy(() => import('./StripeCardForm'));

/**
 * Paying a milestone: the amount, the fee and what the VA receives first, then the card: Stripe's
 * Payment Element, or in the sandbox a field for Stripe's test card numbers that says plainly that
 * no money moves.
 */
export function PayDialog({ milestone, onClose }: { milestone: MilestoneView; onClose: () => void }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { start, started } = useMilestonePayment();
  const payment = started.data?.payMilestone;
  const money = (minor: number) => formatMoney(intl, minor, payment?.currency ?? 'USD');
  return (
    <Modal opened onClose={onClose} title={t('escrow.payTitle', { title: milestone.title })}>
      {!payment ? (
        <Stack>
          <Text size="sm">{t('escrow.payIntro')}</Text>
          {started.error && <FormError message={describeError(started.error, intl).message} />}
          <Button loading={started.loading} onClick={() => void start(milestone.id).catch(() => undefined)}>
            {t('escrow.payContinue')}
          </Button>
        </Stack>
      ) : (
        <Stack>
          <Table withRowBorders={false} verticalSpacing={4}>
            <Table.Tbody>
              {[
                ['escrow.youPay', payment.amountMinor],
                ['escrow.platformFee', payment.platformFeeMinor],
                ['escrow.freelancerReceives', payment.freelancerReceivesMinor],
              ].map(([label, minor]) => (
                <Table.Tr key={label}>
                  <Table.Th>{t(label as string)}</Table.Th>
                  <Table.Td ta="right">{money(minor as number)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed">
            {t('escrow.feeNote')}
          </Text>
          {payment.provider === 'SANDBOX' ? (
            <SandboxCardForm
              paymentId={payment.id}
              payLabel={t('escrow.payNow', { amount: money(payment.amountMinor) })}
              onPaid={onClose}
            />
          ) : payment.clientSecret && payment.publishableKey ? (
            <Suspense fallback={<Loader aria-label={t('common.loading')} />}>
              <StripeCardForm
                publishableKey={payment.publishableKey}
                clientSecret={payment.clientSecret}
                paymentId={payment.id}
                payLabel={t('escrow.payNow', { amount: money(payment.amountMinor) })}
                onPaid={onClose}
              />
            </Suspense>
          ) : (
            <Alert color="red">{t('escrow.stripeUnavailable')}</Alert>
          )}
        </Stack>
      )}
    </Modal>
  );
}

function SandboxCardForm({ paymentId, payLabel, onPaid }: { paymentId: string; payLabel: string; onPaid: () => void }) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const { payWithSandboxCard } = useMilestonePayment();
  const form = useForm({ initialValues: { cardNumber: '4242 4242 4242 4242' } });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <form
      onSubmit={submit(async ({ cardNumber }) => {
        await payWithSandboxCard({ paymentId, cardNumber });
        onPaid();
      })}
    >
      <Stack>
        <Alert role="note" color="yellow" title={<Badge color="yellow">{t('escrow.sandbox')}</Badge>}>
          {t('escrow.sandboxNote')}
        </Alert>
        <TextInput
          label={t('escrow.cardNumber')}
          description={t('escrow.testCards')}
          autoComplete="off"
          {...form.getInputProps('cardNumber')}
        />
        <FormError message={formError} />
        <Button type="submit" loading={submitting}>
          {payLabel}
        </Button>
      </Stack>
    </form>
  );
}

function NoteDialog({
  milestone,
  kind,
  overage,
  onClose,
}: {
  milestone: MilestoneView;
  kind: 'submit' | 'changes';
  /** Retainer: what an hour beyond the period's own is billed at. */
  overage: { rateMinor: number; currency: string } | null;
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { handIn, requestChanges } = useMilestoneActions();
  const reportsHours = kind === 'submit' && Boolean(milestone.periodStart);
  const form = useForm<{ message: string; hoursWorked: number | string; files: File[] }>({
    initialValues: { message: '', hoursWorked: '', files: [] },
    validate: {
      message: (value) => (value.trim() ? null : t('errors.field.required')),
      hoursWorked: (value) => (reportsHours && value === '' ? t('errors.field.required') : null),
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'submit' ? 'escrow.submitTitle' : 'escrow.changesTitle', { title: milestone.title })}
    >
      <form
        onSubmit={submit(async ({ message, hoursWorked, files }) => {
          if (kind === 'changes') {
            await requestChanges(milestone.id, message.trim());
          } else {
            const hours = reportsHours ? Number(hoursWorked) : null;
            await handIn({ milestoneId: milestone.id, message: message.trim(), hoursWorked: hours, files });
          }
          onClose();
        })}
      >
        <Stack>
          <Textarea
            label={t(kind === 'submit' ? 'escrow.submitMessage' : 'escrow.changesMessage')}
            autosize
            minRows={3}
            maxLength={5_000}
            data-autofocus
            {...form.getInputProps('message')}
          />
          {reportsHours && (
            <NumberInput
              label={t('escrow.hoursWorked')}
              description={t('escrow.hoursWorkedNote')}
              min={0}
              max={744}
              step={0.25}
              decimalScale={2}
              required
              {...form.getInputProps('hoursWorked')}
            />
          )}
          {reportsHours && overage && (
            <OverageNote
              minutes={Math.round(Number(form.values.hoursWorked || 0) * 60) - (milestone.minutesIncluded ?? 0)}
              overage={overage}
            />
          )}
          {kind === 'submit' && (
            <FileInput
              label={t('escrow.handInFiles')}
              description={t('escrow.handInFilesNote')}
              multiple
              clearable
              accept={HAND_IN_ACCEPT}
              {...form.getInputProps('files')}
            />
          )}
          {kind === 'submit' && (
            <Text size="xs" c="dimmed">
              {t('escrow.submitNote')}
            </Text>
          )}
          <FormError message={formError} />
          <Button type="submit" loading={submitting}>
            {t(kind === 'submit' ? 'escrow.submit' : 'escrow.requestChanges')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}

/** Releasing part of what is held (client), or giving part or all of it back (VA). */
function AmountDialog({
  milestone,
  currency,
  kind,
  onClose,
}: {
  milestone: MilestoneView;
  currency: string;
  kind: 'release' | 'refund';
  onClose: () => void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { release, refund } = useMilestoneActions();
  const held = milestone.money.heldMinor;
  const form = useForm<{ amount: number | string }>({
    initialValues: { amount: held / 100 },
    validate: {
      amount: (value) => {
        const minor = Math.round(Number(value) * 100);
        if (!(minor >= 1)) return t('errors.field.min');
        return minor > held ? t('errors.field.exceedsHeld') : null;
      },
    },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t(kind === 'release' ? 'escrow.releaseTitle' : 'escrow.refundTitle', { title: milestone.title })}
    >
      <form
        onSubmit={submit(async ({ amount }) => {
          const input = { milestoneId: milestone.id, amountMinor: Math.round(Number(amount) * 100) };
          await (kind === 'release' ? release(input) : refund(input));
          onClose();
        })}
      >
        <Stack>
          <Text size="sm">{t('escrow.heldNow', { amount: formatMoney(intl, held, currency) })}</Text>
          <NumberInput
            label={t('escrow.amount', { currency })}
            min={0.01}
            max={held / 100}
            decimalScale={2}
            fixedDecimalScale
            data-autofocus
            {...form.getInputProps('amount')}
          />
          <Text size="xs" c="dimmed">
            {t(kind === 'release' ? 'escrow.releaseNote' : 'escrow.refundNote')}
          </Text>
          <FormError message={formError} />
          <Button type="submit" color={kind === 'refund' ? 'red' : undefined} loading={submitting}>
            {t(kind === 'release' ? 'escrow.releaseConfirm' : 'escrow.refundConfirm')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
