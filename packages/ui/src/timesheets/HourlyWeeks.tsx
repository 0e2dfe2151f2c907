import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  FileInput,
  Group,
  Modal,
  NumberInput,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { type ReactNode, useEffect, useState } from 'react';
import { useIntl } from 'react-intl';
import { useViewer } from '../account/use-viewer';
import { useMilestoneActions } from '../contracts/use-contract-data';
import { openConfirmModal } from '../dialogs/confirm';
import { describeError } from '../errors/describe-error';
import { FormError } from '../errors/FormError';
import { useFormSubmit } from '../errors/use-form-submit';
import { uploadFile } from '../files/upload-file';
import { todayIn } from '../forms/time-of-day';
import type { HourlyWeeksQuery, TimeEntryFieldsFragment } from '../gql/graphql';
import { Pager } from '../layout/Pager';
import { formatMoney } from '../money/format-money';
import { duration } from './duration';
import { useDisputeTimeEntries, useHourlyWeeks, useRunningTimer, useTimeActions } from './use-timesheets';

const WEEKS_PAGE = 4;
type Week = HourlyWeeksQuery['hourlyWeeks']['items'][number];

/**
 * An hourly contract's time: the VA's timer and hand-written entries on the paid week, every week with
 * its entries for both sides, and the business's review of a handed-in week (approve it, or dispute
 * chosen entries). Times show in the reader's time zone; the server keeps UTC.
 */
export function HourlyWeeks({
  contractId,
  side,
  currency,
  children,
}: {
  contractId: string;
  side: 'client' | 'freelancer';
  currency: string;
  /** Shown under the title: the contract's limit and its controls. */
  children?: ReactNode;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const [offset, setOffset] = useState(0);
  const { data } = useHourlyWeeks(contractId, offset, WEEKS_PAGE);
  const weeks = data?.hourlyWeeks.items ?? [];
  const isVa = side === 'freelancer';
  const open = weeks.find((week) => week.status === 'FUNDED' && !week.submittedAt);
  return (
    <Card withBorder id="time">
      <Stack>
        <Title order={2} size="h4">
          {t('time.title')}
        </Title>
        {children}
        {isVa && <Timer contractId={contractId} week={open} />}
        {isVa && <LogTimeForm contractId={contractId} weeks={weeks} />}
        {weeks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('time.noWeeks')}
          </Text>
        ) : (
          weeks.map((week) => <WeekCard key={week.id} week={week} side={side} currency={currency} />)
        )}
        <Pager offset={offset} limit={WEEKS_PAGE} total={data?.hourlyWeeks.totalCount ?? 0} onChange={setOffset} />
      </Stack>
    </Card>
  );
}

/** The timer: started and stopped on the server, so it survives a reload and shows in every tab. */
function Timer({ contractId, week }: { contractId: string; week: Week | undefined }) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { viewer } = useViewer();
  const { data } = useRunningTimer(false);
  const { start, stop, busy } = useTimeActions();
  const [memo, setMemo] = useState('');
  const [now, setNow] = useState(() => Date.now());
  const running = data?.runningTimer ?? null;
  useEffect(() => {
    if (!running) return;
    const tick = setInterval(() => setNow(Date.now()), 30_000);
    return () => clearInterval(tick);
  }, [running]);
  const act = (action: () => Promise<unknown>) =>
    void action()
      .then(() => setMemo(''))
      .catch((error) => notifications.show({ color: 'red', message: describeError(error, intl).message }));
  if (running && running.contractId !== contractId) {
    return <Text size="sm">{t('time.runningElsewhere')}</Text>;
  }
  if (running?.startedAt) {
    const since = intl.formatTime(running.startedAt, { timeStyle: 'short', timeZone: viewer?.timeZone });
    const elapsed = Math.max(0, Math.floor((now - new Date(running.startedAt).getTime()) / 60_000));
    return (
      <Group align="flex-end" data-testid="timer">
        <Stack gap={0}>
          <Badge color="teal" variant="light">
            {t('time.running', { since })}
          </Badge>
          <Text size="sm" aria-live="polite">
            {duration(elapsed, intl)}
          </Text>
        </Stack>
        <TextInput
          label={t('time.timerMemo')}
          placeholder={running.memo}
          value={memo}
          onChange={(event) => setMemo(event.currentTarget.value)}
          maxLength={1000}
        />
        <Button color="red" loading={busy} onClick={() => act(() => stop(memo.trim() || null))}>
          {t('time.stop')}
        </Button>
      </Group>
    );
  }
  return (
    <Group align="flex-end" data-testid="timer">
      <TextInput
        label={t('time.timerMemo')}
        value={memo}
        onChange={(event) => setMemo(event.currentTarget.value)}
        maxLength={1000}
      />
      <Button
        loading={busy}
        disabled={!week || week.minutesLeft === 0}
        onClick={() => act(() => start(contractId, memo))}
      >
        {t('time.start')}
      </Button>
      {!week && (
        <Text size="sm" c="dimmed">
          {t('time.notFunded')}
        </Text>
      )}
    </Group>
  );
}

/** What an entry form holds: a day with a start and an end, or a day and minutes, the memo and the task, a file. */
type EntryValues = {
  workDate: string;
  startTime: string;
  endTime: string;
  minutes: number | '';
  memo: string;
  task: string;
  file: File | null;
};

const asInput = ({ workDate, startTime, endTime, minutes, memo, task }: EntryValues) => ({
  workDate,
  startTime: startTime || null,
  endTime: endTime || null,
  minutes: minutes === '' ? null : minutes,
  memo,
  task,
});

/** What the API accepts as proof of work with an entry (it checks the bytes too). */
const EVIDENCE_ACCEPT = '.pdf,.docx,.xlsx,.pptx,.png,.jpg,.jpeg,.webp,.gif,.zip';

/** New time written by hand, in the VA's zone, with a file uploaded for the week the day falls in. */
function LogTimeForm({
  contractId,
  weeks,
}: {
  contractId: string;
  weeks: ReadonlyArray<{ id: string; periodStart: string; periodEnd: string }>;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { log } = useTimeActions();
  const initial: EntryValues = {
    workDate: todayIn(viewer?.timeZone),
    startTime: '',
    endTime: '',
    minutes: '',
    memo: '',
    task: '',
    file: null,
  };
  return (
    <EntryForm
      title={intl.formatMessage({ id: 'time.logTitle' })}
      initial={initial}
      submitLabel={intl.formatMessage({ id: 'time.log' })}
      resetAfterSave
      withFile
      onSave={async (values) => {
        let fileId: string | null = null;
        if (values.file) {
          const week = weeks.find(
            ({ periodStart, periodEnd }) => periodStart <= values.workDate && values.workDate <= periodEnd,
          );
          // No week for the day: logging says why (the API's own refusal), so the file is not uploaded in vain.
          if (week)
            fileId = (await uploadFile<{ id: string }>(`/files/hand-ins?milestoneId=${week.id}`, values.file)).id;
        }
        await log({ contractId, ...asInput(values), fileId });
        notifications.show({ color: 'green', message: intl.formatMessage({ id: 'time.logged' }) });
      }}
    />
  );
}

/** The fields of an entry, for a new one or a change; the API's refusals land on the fields they name. */
function EntryForm({
  title,
  initial,
  submitLabel,
  resetAfterSave = false,
  withFile = false,
  onSave,
}: {
  title?: string;
  initial: EntryValues;
  submitLabel: string;
  resetAfterSave?: boolean;
  /** A new entry may bring a file; a changed one keeps its own. */
  withFile?: boolean;
  onSave(values: EntryValues): Promise<void>;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const form = useForm<EntryValues>({
    initialValues: initial,
    validate: { memo: (value) => (value.trim() ? null : t('errors.field.required')) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        await onSave(values);
        if (resetAfterSave) form.reset();
      })}
    >
      <Stack gap="xs">
        {title && <Text fw={500}>{title}</Text>}
        <FormError message={formError} />
        <Group align="flex-start" grow>
          <TextInput type="date" label={t('time.day')} required {...form.getInputProps('workDate')} />
          <TextInput type="time" label={t('time.from')} {...form.getInputProps('startTime')} />
          <TextInput type="time" label={t('time.end')} {...form.getInputProps('endTime')} />
          <NumberInput
            label={t('time.orMinutes')}
            min={1}
            max={1440}
            allowDecimal={false}
            {...form.getInputProps('minutes')}
          />
        </Group>
        <Textarea
          label={t('time.memo')}
          description={t('time.memoHint')}
          required
          autosize
          minRows={2}
          {...form.getInputProps('memo')}
        />
        <Group align="flex-start" grow>
          <TextInput
            label={t('time.task')}
            description={t('time.taskHint')}
            maxLength={120}
            {...form.getInputProps('task')}
          />
          {withFile && (
            <FileInput
              label={t('time.file')}
              description={t('time.fileHint')}
              clearable
              accept={EVIDENCE_ACCEPT}
              {...form.getInputProps('file')}
              error={form.errors.file ?? form.errors.fileId}
            />
          )}
        </Group>
        <Group>
          <Button type="submit" variant="light" loading={submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** An entry changed within its week, in a dialog. */
function EditEntryDialog({ entry, onClose }: { entry: TimeEntryFieldsFragment; onClose(): void }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const { update } = useTimeActions();
  const clock = (value: string | null | undefined) =>
    value
      ? new Intl.DateTimeFormat('en-GB', {
          hour: '2-digit',
          minute: '2-digit',
          hourCycle: 'h23',
          timeZone: viewer?.timeZone,
        }).format(new Date(value))
      : '';
  const timed = Boolean(entry.startedAt);
  const initial: EntryValues = {
    workDate: entry.workDate,
    startTime: clock(entry.startedAt),
    endTime: clock(entry.endedAt),
    minutes: timed ? '' : (entry.minutes ?? ''),
    memo: entry.memo,
    task: entry.task,
    file: null,
  };
  return (
    <Modal opened onClose={onClose} title={intl.formatMessage({ id: 'time.editTitle' })} size="lg">
      <EntryForm
        initial={initial}
        submitLabel={intl.formatMessage({ id: 'common.save' })}
        onSave={async (values) => {
          await update({ id: entry.id, ...asInput(values) });
          onClose();
        }}
      />
    </Modal>
  );
}

function WeekCard({ week, side, currency }: { week: Week; side: 'client' | 'freelancer'; currency: string }) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const { submit, remove } = useTimeActions();
  const { release } = useMilestoneActions();
  const [chosen, setChosen] = useState<string[]>([]);
  const [disputing, setDisputing] = useState(false);
  const editable = side === 'freelancer' && !week.submittedAt && week.status === 'FUNDED';
  // The business reviews a handed-in week: entries not yet disputed can be chosen.
  const reviewable = side === 'client' && week.status === 'SUBMITTED';
  const choose = (id: string, on: boolean) =>
    setChosen((ids) => (on ? [...ids, id] : ids.filter((chosenId) => chosenId !== id)));
  const range = intl.formatDateTimeRange(
    new Date(`${week.periodStart}T00:00:00Z`),
    new Date(`${week.periodEnd}T00:00:00Z`),
    { dateStyle: 'medium', timeZone: 'UTC' },
  );
  const fail = (error: unknown) => notifications.show({ color: 'red', message: describeError(error, intl).message });
  const confirmSubmit = () =>
    openConfirmModal({
      title: t('time.submitTitle'),
      children: <Text size="sm">{t('time.submitBody', { hours: duration(week.minutesLogged, intl) })}</Text>,
      labels: { confirm: t('time.submit'), cancel: t('common.cancel') },
      onConfirm: () => void submit(week.id).catch(fail),
    });
  const confirmRemove = (entry: TimeEntryFieldsFragment) =>
    openConfirmModal({
      title: t('time.removeTitle'),
      children: <Text size="sm">{entry.memo}</Text>,
      labels: { confirm: t('time.remove'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void remove(entry.id).catch(fail),
    });
  const undisputed = week.entries.filter((entry) => !entry.disputedIn);
  const confirmApprove = () =>
    openConfirmModal({
      title: t('time.review.approveTitle'),
      children: (
        <Text size="sm">
          {t('time.review.approveBody', {
            amount: formatMoney(intl, week.money.heldMinor, currency),
            hours: duration(
              undisputed.reduce((total, entry) => total + (entry.minutes ?? 0), 0),
              intl,
            ),
          })}
        </Text>
      ),
      labels: { confirm: t('time.review.approve'), cancel: t('common.cancel') },
      confirmProps: { color: 'green' },
      onConfirm: () => void release({ milestoneId: week.id }).catch(fail),
    });
  return (
    <Stack gap="xs" data-testid="hourly-week">
      <Group justify="space-between">
        <div>
          <Text fw={600}>{t('time.week', { range })}</Text>
          <Text size="sm" c="dimmed">
            {t('time.weekSummary', {
              logged: duration(week.minutesLogged, intl),
              limit: duration(week.minutesIncluded, intl),
            })}
            {editable && ` · ${t('time.left', { left: duration(week.minutesLeft, intl) })}`}
          </Text>
          {week.status === 'SUBMITTED' && week.releasesAt && (
            <Text size="sm" c="dimmed">
              {t('time.releasesAt', {
                date: intl.formatDate(week.releasesAt, {
                  dateStyle: 'medium',
                  timeStyle: 'short',
                  timeZone: viewer?.timeZone,
                }),
              })}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Badge variant="light">{t(`escrow.status.${week.status}`)}</Badge>
          {editable && (
            <Button size="xs" variant="default" onClick={confirmSubmit}>
              {t('time.submit')}
            </Button>
          )}
          {reviewable && (
            <>
              <Button size="xs" color="green" onClick={confirmApprove}>
                {t('time.review.approve')}
              </Button>
              <Button
                size="xs"
                variant="light"
                color="red"
                disabled={chosen.length === 0}
                onClick={() => setDisputing(true)}
              >
                {t('time.review.dispute', { count: chosen.length })}
              </Button>
            </>
          )}
        </Group>
      </Group>
      {reviewable && undisputed.length > 0 && (
        <Text size="sm" c="dimmed">
          {t('time.review.hint')}
        </Text>
      )}
      {disputing && (
        <DisputeEntriesDialog
          weekId={week.id}
          entries={week.entries.filter((entry) => chosen.includes(entry.id))}
          onClose={(done) => {
            setDisputing(false);
            if (done) setChosen([]);
          }}
        />
      )}
      {week.entries.length > 0 && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                {reviewable && <Table.Th>{t('time.review.column')}</Table.Th>}
                <Table.Th>{t('time.day')}</Table.Th>
                <Table.Th>{t('time.hours')}</Table.Th>
                <Table.Th>{t('time.duration.title')}</Table.Th>
                <Table.Th>{t('time.memo')}</Table.Th>
                {editable && <Table.Th>{t('contract.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {week.entries.map((entry) => (
                <EntryRow
                  key={entry.id}
                  entry={entry}
                  onRemove={editable ? () => confirmRemove(entry) : undefined}
                  choice={
                    reviewable
                      ? { chosen: chosen.includes(entry.id), onChange: (on) => choose(entry.id, on) }
                      : undefined
                  }
                />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function EntryRow({
  entry,
  onRemove,
  choice,
}: {
  entry: TimeEntryFieldsFragment;
  onRemove?: () => void;
  /** The business reviewing: whether this entry is chosen to dispute. */
  choice?: { chosen: boolean; onChange(on: boolean): void };
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const [editing, setEditing] = useState(false);
  const t = (id: string, values?: Record<string, string>) => intl.formatMessage({ id }, values);
  const time = (value: string) => intl.formatTime(value, { timeStyle: 'short', timeZone: viewer?.timeZone });
  const day = intl.formatDate(`${entry.workDate}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <Table.Tr>
      {choice && (
        <Table.Td>
          {!entry.disputedIn && (
            <Checkbox
              aria-label={t('time.review.choose', { day })}
              checked={choice.chosen}
              onChange={(event) => choice.onChange(event.currentTarget.checked)}
            />
          )}
        </Table.Td>
      )}
      <Table.Td>{day}</Table.Td>
      <Table.Td>
        {entry.startedAt ? `${time(entry.startedAt)}–${entry.endedAt ? time(entry.endedAt) : '…'}` : '–'}
        {entry.source === 'TIMER' && (
          <Badge size="xs" variant="outline" ml={6}>
            {t('time.timer')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>
        {entry.minutes === null || entry.minutes === undefined ? t('time.runningShort') : duration(entry.minutes, intl)}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
        {entry.disputedIn && (
          <Badge size="xs" color="red" variant="light" mr={6}>
            {t('time.disputed')}
          </Badge>
        )}
        {entry.memo}
        {entry.task && (
          <Text size="xs" c="dimmed">
            {t('time.forTask', { task: entry.task })}
          </Text>
        )}
        {entry.file && (
          <Anchor href={`/files/hand-ins/${entry.file.id}`} download size="xs" display="block">
            {entry.file.fileName}
          </Anchor>
        )}
      </Table.Td>
      {onRemove && (
        <Table.Td>
          {!entry.running && (
            <Group gap={4} wrap="nowrap">
              <Button size="xs" variant="subtle" onClick={() => setEditing(true)}>
                {t('time.edit')}
              </Button>
              <Button size="xs" variant="subtle" color="red" onClick={onRemove}>
                {t('time.remove')}
              </Button>
            </Group>
          )}
          {editing && <EditEntryDialog entry={entry} onClose={() => setEditing(false)} />}
        </Table.Td>
      )}
    </Table.Tr>
  );
}

/** The business says what is wrong with the chosen entries; their time goes into a dispute of its own. */
function DisputeEntriesDialog({
  weekId,
  entries,
  onClose,
}: {
  weekId: string;
  entries: TimeEntryFieldsFragment[];
  onClose(done: boolean): void;
}) {
  const intl = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const dispute = useDisputeTimeEntries();
  const form = useForm({
    initialValues: { reason: '' },
    validate: { reason: (value) => (value.trim().length >= 10 ? null : t('errors.field.tooShort')) },
  });
  const { submit, formError, submitting } = useFormSubmit(form);
  const minutes = entries.reduce((total, entry) => total + (entry.minutes ?? 0), 0);
  return (
    <Modal opened onClose={() => onClose(false)} title={t('time.review.disputeTitle')}>
      <form
        noValidate
        onSubmit={submit(async ({ reason }) => {
          await dispute({ weekId, entryIds: entries.map((entry) => entry.id), reason: reason.trim() });
          notifications.show({ color: 'orange', message: t('time.review.disputed') });
          onClose(true);
        })}
      >
        <Stack>
          <Text size="sm">{t('time.review.disputeIntro', { hours: duration(minutes, intl) })}</Text>
          <FormError message={formError} />
          <Textarea
            label={t('time.review.reason')}
            required
            autosize
            minRows={3}
            maxLength={2000}
            {...form.getInputProps('reason')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onClose(false)}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={submitting}>
              {t('time.review.disputeConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
