import {
  CURRENCIES,
  describeError,
  ErrorState,
  endsNextDay,
  openConfirmModal,
  SkillName,
  type SkillRef,
  TimeZoneSelect,
  timeToMinutes,
  useSkillNames,
  useViewer,
  WORK_LANGUAGES,
} from '@delegate/ui';
import {
  ActionIcon,
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Loader,
  MultiSelect,
  NumberInput,
  SegmentedControl,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { Link, useNavigate, useParams } from 'react-router';
import type { BudgetKind, CefrLevel, EditableJobFragment, SkillImportance } from '../gql/graphql';
import { type JobFormValues, toJobInput, toJobValues } from './job-form';
import { STATUS_COLOUR } from './job-status';
import { useJobEditor, useJobPostActions } from './use-job-posts';

const IMPORTANCE: SkillImportance[] = ['MUST_HAVE', 'NICE_TO_HAVE', 'BONUS'];
const CEFR: CefrLevel[] = ['A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];

/** The guided job form: what a good VA job description holds, saved as a draft, then published. */
export function JobEditorPage() {
  const intl = useIntl();
  const { id } = useParams();
  const { data, loading, error, refetch } = useJobEditor(id);
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return <Editor key={id ?? 'new'} job={data.jobPost ?? null} skills={data.skills} />;
}

function Editor({
  job,
  skills,
}: {
  job: EditableJobFragment | null;
  skills: Array<{ id: string; slug: string; name: string; category: string }>;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const navigate = useNavigate();
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const form = useForm<JobFormValues>({
    mode: 'controlled',
    initialValues: toJobValues(job, viewer?.timeZone ?? 'UTC'),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const { save, saving, publish, publishing, pause, resume, close } = useJobPostActions();
  const { skillName, categoryName } = useSkillNames();
  const skillById = useMemo(() => new Map(skills.map((skill) => [skill.id, skill])), [skills]);
  const languageName = useMemo(() => new Intl.DisplayNames([intl.locale], { type: 'language' }), [intl.locale]);
  const editable = !job || ['DRAFT', 'OPEN', 'PAUSED'].includes(job.status);

  const run = async (action: () => Promise<unknown>) => {
    setProblem(null);
    try {
      await action();
      return true;
    } catch (actionError) {
      const described = describeError(actionError, intl);
      form.setErrors(described.fields);
      setProblem(described.message);
      return false;
    }
  };
  const saveDraft = form.onSubmit((values) =>
    run(async () => {
      const saved = await save(toJobInput(values, job?.id ?? null));
      form.resetDirty();
      if (saved && !job) navigate(`/jobs/${saved.id}`, { replace: true });
    }),
  );
  const doPublish = (acknowledgeWarnings: boolean) => job && void run(() => publish(job.id, acknowledgeWarnings));
  const confirmPublish = () => {
    if (!job) return;
    const warnings = job.qualityWarnings;
    openConfirmModal({
      title: t('jobs.publishTitle'),
      children: (
        <Stack gap="xs">
          <Text size="sm">{t('jobs.publishBody')}</Text>
          {warnings.length > 0 && (
            <Alert color="yellow" title={t('jobs.warningsTitle')}>
              <List size="sm">
                {warnings.map((warning) => (
                  <List.Item key={warning.code}>{t(`jobs.warning.${warning.code}`)}</List.Item>
                ))}
              </List>
            </Alert>
          )}
        </Stack>
      ),
      labels: {
        confirm: t(warnings.length ? 'jobs.publishAnyway' : 'jobs.publish'),
        cancel: t('common.cancel'),
      },
      onConfirm: () => doPublish(warnings.length > 0),
    });
  };
  const confirmClose = () =>
    job &&
    openConfirmModal({
      title: t('jobs.closeTitle'),
      children: <Text size="sm">{t('jobs.closeBody')}</Text>,
      labels: { confirm: t('jobs.close'), cancel: t('common.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void run(() => close(job.id)),
    });

  const list = (path: 'tasks' | 'screeningQuestions', label: string, add: string, max: number) => (
    <Stack gap={6}>
      <Text size="sm" fw={500}>
        {label}
      </Text>
      {form.values[path].map((_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional inputs ("Task 1", "Task 2")
        <Group key={index} gap="xs" wrap="nowrap">
          <TextInput
            aria-label={`${label} ${index + 1}`}
            style={{ flex: 1 }}
            maxLength={path === 'tasks' ? 300 : 500}
            {...form.getInputProps(`${path}.${index}`)}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            aria-label={t('jobs.removeRow', { label, n: index + 1 })}
            onClick={() => form.removeListItem(path, index)}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
      {form.errors[path] && (
        <Text size="xs" c="red">
          {form.errors[path]}
        </Text>
      )}
      <Button
        variant="subtle"
        size="xs"
        style={{ alignSelf: 'flex-start' }}
        disabled={form.values[path].length >= max}
        onClick={() => form.insertListItem(path, '')}
      >
        {add}
      </Button>
    </Stack>
  );

  return (
    <form onSubmit={saveDraft} noValidate>
      <Stack maw={900}>
        <Group justify="space-between" align="flex-start">
          <Title order={1} size="h2">
            {job ? job.title || t('jobs.untitled') : t('jobs.new')}
          </Title>
          {job && (
            <Group gap="sm">
              {job.status !== 'DRAFT' && (
                <Button component={Link} to={`/jobs/${job.id}/candidates`} variant="light">
                  {t('candidates.title')}
                </Button>
              )}
              <Badge color={STATUS_COLOUR[job.status]} size="lg" variant="light" data-testid="job-status">
                {t(`jobs.statusName.${job.status}`)}
              </Badge>
            </Group>
          )}
        </Group>
        {job?.expiresAt && job.status === 'OPEN' && (
          <Text size="sm" c="dimmed">
            {t('jobs.openUntil', {
              date: intl.formatDate(job.expiresAt, { dateStyle: 'long', timeZone: viewer?.timeZone }),
            })}
          </Text>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {job && job.qualityWarnings.length > 0 && (
          <Alert color="yellow" title={t('jobs.warningsTitle')}>
            <List size="sm">
              {job.qualityWarnings.map((warning) => (
                <List.Item key={warning.code}>{t(`jobs.warning.${warning.code}`)}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <fieldset disabled={!editable} style={{ border: 0, padding: 0, margin: 0 }}>
          <Stack>
            <Card withBorder>
              <Stack>
                <Title order={2} size="h4">
                  {t('jobs.section.basics')}
                </Title>
                <TextInput label={t('jobs.postTitle')} maxLength={120} {...form.getInputProps('title')} />
                <Textarea
                  label={t('jobs.summary')}
                  description={t('jobs.summaryHint')}
                  autosize
                  minRows={3}
                  maxLength={5000}
                  {...form.getInputProps('summary')}
                />
                {list('tasks', t('jobs.tasks'), t('jobs.addTask'), 20)}
              </Stack>
            </Card>

            <Card withBorder>
              <Stack>
                <Title order={2} size="h4">
                  {t('jobs.section.skills')}
                </Title>
                <MultiSelect
                  label={t('jobs.skillsPick')}
                  data={[...new Set(skills.map((skill) => skill.category))].map((group) => ({
                    group: categoryName(group),
                    items: skills
                      .filter((skill) => skill.category === group)
                      .map((skill) => ({ value: skill.id, label: skillName(skill) })),
                  }))}
                  value={form.values.skills.map((skill) => skill.skillId)}
                  onChange={(ids) => {
                    const current = new Map(form.values.skills.map((skill) => [skill.skillId, skill]));
                    form.setFieldValue(
                      'skills',
                      ids.map(
                        (skillId) => current.get(skillId) ?? { skillId, importance: 'MUST_HAVE' as SkillImportance },
                      ),
                    );
                  }}
                  searchable
                  maxValues={15}
                  error={form.errors.skills}
                />
                {form.values.skills.map((skill, index) => (
                  <Group key={skill.skillId} grow align="flex-end">
                    <Text fw={500}>
                      {skillById.has(skill.skillId) && <SkillName skill={skillById.get(skill.skillId) as SkillRef} />}
                    </Text>
                    <Select
                      label={t('jobs.importance')}
                      data={IMPORTANCE.map((value) => ({ value, label: t(`jobs.importance.${value}`) }))}
                      allowDeselect={false}
                      {...form.getInputProps(`skills.${index}.importance`)}
                    />
                  </Group>
                ))}
                {form.values.languages.map((language, index) => (
                  <Group key={language.language} grow align="flex-end">
                    <Text fw={500}>{languageName.of(language.language)}</Text>
                    <Select
                      label={t('jobs.minLevel')}
                      data={CEFR.map((value) => ({ value, label: value === 'NATIVE' ? t('profile.native') : value }))}
                      allowDeselect={false}
                      {...form.getInputProps(`languages.${index}.minLevel`)}
                    />
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      style={{ flexGrow: 0 }}
                      aria-label={t('profile.removeLanguage', { language: languageName.of(language.language) ?? '' })}
                      onClick={() => form.removeListItem('languages', index)}
                    >
                      ×
                    </ActionIcon>
                  </Group>
                ))}
                <Select
                  label={t('profile.addLanguage')}
                  data={WORK_LANGUAGES.filter((code) => !form.values.languages.some((l) => l.language === code)).map(
                    (code) => ({ value: code, label: languageName.of(code) ?? code }),
                  )}
                  searchable
                  value={null}
                  onChange={(code) => code && form.insertListItem('languages', { language: code, minLevel: 'B2' })}
                />
              </Stack>
            </Card>

            <Card withBorder>
              <Stack>
                <Title order={2} size="h4">
                  {t('jobs.section.budget')}
                </Title>
                <SegmentedControl
                  aria-label={t('jobs.budgetKind')}
                  data={(['HOURLY', 'FIXED', 'RETAINER'] as BudgetKind[]).map((value) => ({
                    value,
                    label: t(`jobs.budgetKind.${value}`),
                  }))}
                  {...form.getInputProps('budgetKind')}
                  style={{ alignSelf: 'flex-start' }}
                />
                <Group grow align="flex-start">
                  {form.values.budgetKind === 'HOURLY' && (
                    <NumberInput
                      label={t('jobs.budgetMin')}
                      min={1}
                      decimalScale={2}
                      {...form.getInputProps('budgetMin')}
                      error={form.errors.budgetMinMinor}
                    />
                  )}
                  <NumberInput
                    label={t(`jobs.budgetMax.${form.values.budgetKind}`)}
                    min={1}
                    decimalScale={2}
                    {...form.getInputProps('budgetMax')}
                    error={form.errors.budgetMaxMinor}
                  />
                  <Select
                    label={t('profile.currency')}
                    data={[...CURRENCIES]}
                    allowDeselect={false}
                    {...form.getInputProps('currency')}
                  />
                  <NumberInput
                    label={t('jobs.weeklyHours')}
                    min={1}
                    max={60}
                    allowDecimal={false}
                    {...form.getInputProps('weeklyHours')}
                  />
                </Group>
              </Stack>
            </Card>

            <Card withBorder>
              <Stack>
                <Title order={2} size="h4">
                  {t('jobs.section.schedule')}
                </Title>
                <Group grow align="flex-start">
                  <TextInput type="date" label={t('jobs.startDate')} {...form.getInputProps('startDate')} />
                  <NumberInput
                    label={t('jobs.durationWeeks')}
                    description={t('jobs.durationHint')}
                    min={1}
                    max={104}
                    allowDecimal={false}
                    {...form.getInputProps('durationWeeks')}
                  />
                </Group>
                <Group grow align="flex-start">
                  <TimeZoneSelect {...form.getInputProps('timeZone')} />
                  <TextInput type="time" label={t('jobs.workStart')} {...form.getInputProps('workStart')} />
                  <TextInput
                    type="time"
                    label={t('jobs.workEnd')}
                    description={
                      endsNextDay(
                        timeToMinutes(form.values.workStart),
                        timeToMinutes(form.values.workEnd, { asEnd: true }),
                      )
                        ? t('common.endsNextDay')
                        : undefined
                    }
                    {...form.getInputProps('workEnd')}
                    error={form.errors.workEndMinute}
                  />
                  <NumberInput
                    label={t('jobs.minOverlap')}
                    min={0}
                    max={12}
                    allowDecimal={false}
                    {...form.getInputProps('minOverlapHours')}
                  />
                </Group>
                <Group grow align="flex-end">
                  <Select
                    label={t('jobs.trial')}
                    data={['0', '1', '2', '3', '4'].map((value) => ({
                      value,
                      label: value === '0' ? t('jobs.noTrial') : t('jobs.trialWeeks', { weeks: Number(value) }),
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps('trialWeeks')}
                  />
                  <Checkbox label={t('jobs.nda')} {...form.getInputProps('ndaRequired', { type: 'checkbox' })} />
                </Group>
                <Checkbox
                  label={t('jobs.confidential')}
                  description={t('jobs.confidential.hint')}
                  {...form.getInputProps('confidential', { type: 'checkbox' })}
                />
                {list('screeningQuestions', t('jobs.screeningQuestions'), t('jobs.addQuestion'), 5)}
              </Stack>
            </Card>
          </Stack>
        </fieldset>
        <Group>
          {editable && (
            <Button type="submit" variant={job?.status === 'DRAFT' ? 'default' : 'filled'} loading={saving}>
              {t(job && job.status !== 'DRAFT' ? 'jobs.saveChanges' : 'jobs.saveDraft')}
            </Button>
          )}
          {job?.status === 'DRAFT' && (
            <Button onClick={confirmPublish} loading={publishing} disabled={form.isDirty()}>
              {t('jobs.publish')}
            </Button>
          )}
          {job?.status === 'OPEN' && (
            <Button variant="light" color="yellow" onClick={() => void run(() => pause(job.id))}>
              {t('jobs.pause')}
            </Button>
          )}
          {job?.status === 'PAUSED' && (
            <Button variant="light" onClick={() => void run(() => resume(job.id))}>
              {t('jobs.resume')}
            </Button>
          )}
          {job && editable && (
            <Button variant="light" color="red" onClick={confirmClose}>
              {t('jobs.close')}
            </Button>
          )}
        </Group>
        {job?.status === 'DRAFT' && form.isDirty() && (
          <Text size="xs" c="dimmed">
            {t('jobs.saveBeforePublishing')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
