import {
  CURRENCIES,
  describeError,
  ErrorState,
  endsNextDay,
  SkillName,
  type SkillRef,
  timeToMinutes,
  useCountries,
  useSkillNames,
  useViewer,
  WORK_LANGUAGES,
} from '@delegate/ui';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Loader,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import type { CefrLevel, SkillLevel } from '../gql/graphql';
import { hasIncompleteRow, type ListField, ListSection } from './ListSection';
import { type ProfileFormValues, toFormValues, toInput } from './profile-form';
import { type ResumeFile, ResumeSection } from './ResumeSection';
import { useProfileEditor, useSaveProfile } from './use-profile';

const SKILL_LEVELS: SkillLevel[] = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'];
const CEFR_LEVELS: CefrLevel[] = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'];
const AUTOSAVE_DELAY_MS = 1200;
const EDITABLE_STAGES = ['DRAFT', 'REJECTED'];

type SaveState =
  | { kind: 'waiting' }
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'failed'; message: string };

export function ProfilePage() {
  const intl = useIntl();
  const { data, loading, error, refetch } = useProfileEditor();
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return <ProfileEditor skills={data.skills} profile={data.myFreelancerProfile ?? null} onResumeUploaded={refetch} />;
}

function ProfileEditor({
  skills,
  profile,
  onResumeUploaded,
}: {
  skills: Array<{ id: string; slug: string; name: string; category: string }>;
  profile:
    | (Parameters<typeof toFormValues>[0] & { vettingStage: string; updatedAt: string; resume?: ResumeFile | null })
    | null;
  onResumeUploaded: () => Promise<unknown>;
}) {
  const intl = useIntl();
  const { viewer } = useViewer();
  const save = useSaveProfile();
  const [state, setState] = useState<SaveState>(profile ? { kind: 'saved', at: profile.updatedAt } : { kind: 'idle' });
  // Editable while drafting, and after a rejection (to prepare the next application).
  const locked = profile !== null && !EDITABLE_STAGES.includes(profile.vettingStage);
  const names = useMemo(() => {
    const languages = new Intl.DisplayNames([intl.locale], { type: 'language' });
    return {
      languages: WORK_LANGUAGES.map((code) => ({ value: code, label: languages.of(code) ?? code })),
      language: (code: string) => languages.of(code) ?? code,
    };
  }, [intl.locale]);
  const countries = useCountries();
  const { skillName, categoryName } = useSkillNames();
  const skillById = new Map(skills.map((skill) => [skill.id, skill]));

  const t = (id: string) => intl.formatMessage({ id });
  const sections: Record<'workHistory' | 'portfolioLinks' | 'references', ListField[]> = {
    workHistory: [
      { key: 'company', label: t('profile.company'), required: true },
      { key: 'role', label: t('profile.role'), required: true },
      { key: 'startMonth', label: t('profile.startMonth'), type: 'month', required: true },
      { key: 'endMonth', label: t('profile.endMonth'), type: 'month' },
      { key: 'description', label: t('profile.description') },
    ],
    portfolioLinks: [
      { key: 'label', label: t('profile.linkLabel'), required: true },
      { key: 'url', label: t('profile.url'), type: 'url', required: true },
    ],
    references: [
      { key: 'name', label: t('profile.referenceName'), required: true },
      { key: 'relationship', label: t('profile.relationship'), required: true },
      { key: 'company', label: t('profile.company'), required: true },
      { key: 'email', label: t('common.email'), type: 'email', required: true },
      { key: 'phone', label: t('profile.phone'), type: 'tel' },
    ],
  };

  const form = useForm<ProfileFormValues>({
    mode: 'controlled',
    initialValues: toFormValues(profile),
    onValuesChange: () => {
      if (!locked) autosave();
    },
  });

  const autosave = useDebouncedCallback(async () => {
    if (hasIncompleteRow(form.getValues(), sections)) {
      setState({ kind: 'waiting' });
      return;
    }
    setState({ kind: 'saving' });
    try {
      const savedAt = await save(toInput(form.getValues()));
      form.clearErrors();
      setState({ kind: 'saved', at: savedAt ?? new Date().toISOString() });
    } catch (saveError) {
      const described = describeError(saveError, intl);
      form.setErrors(described.fields);
      setState({ kind: 'failed', message: described.message });
    }
  }, AUTOSAVE_DELAY_MS);

  const setSkillIds = (ids: string[]) => {
    const current = new Map(form.getValues().skills.map((skill) => [skill.skillId, skill]));
    form.setFieldValue(
      'skills',
      ids.map((skillId) => current.get(skillId) ?? { skillId, level: 'INTERMEDIATE' as SkillLevel, years: 1 }),
    );
  };

  return (
    <Stack maw={760}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">
            {intl.formatMessage({ id: 'profile.title' })}
          </Title>
          <Text c="dimmed" size="sm">
            {intl.formatMessage({ id: 'profile.body' })}
          </Text>
        </div>
        <Text size="sm" c={state.kind === 'failed' ? 'red' : 'dimmed'} aria-live="polite" data-testid="save-state">
          {state.kind === 'waiting' && intl.formatMessage({ id: 'profile.finishEntry' })}
          {state.kind === 'saving' && intl.formatMessage({ id: 'profile.saving' })}
          {state.kind === 'saved' &&
            intl.formatMessage(
              { id: 'profile.savedAt' },
              { time: intl.formatTime(state.at, { timeStyle: 'short', timeZone: viewer?.timeZone }) },
            )}
          {state.kind === 'failed' && state.message}
        </Text>
      </Group>
      {locked && <Alert color="indigo">{intl.formatMessage({ id: 'profile.locked' })}</Alert>}
      <fieldset disabled={locked} style={{ border: 0, padding: 0, margin: 0 }}>
        <Stack>
          <Card withBorder>
            <Stack>
              <TextInput
                label={intl.formatMessage({ id: 'profile.headline' })}
                maxLength={140}
                {...form.getInputProps('headline')}
              />
              <Textarea
                label={intl.formatMessage({ id: 'profile.bio' })}
                autosize
                minRows={4}
                maxLength={5000}
                {...form.getInputProps('bio')}
              />
              <Group grow align="flex-start">
                <NumberInput
                  label={intl.formatMessage({ id: 'profile.rate' })}
                  min={1}
                  max={100000}
                  decimalScale={2}
                  {...form.getInputProps('hourlyRate')}
                  error={form.errors.hourlyRateMinor ?? form.errors.hourlyRate}
                />
                <Select
                  label={intl.formatMessage({ id: 'profile.currency' })}
                  data={[...CURRENCIES]}
                  allowDeselect={false}
                  {...form.getInputProps('currency')}
                />
                <NumberInput
                  label={intl.formatMessage({ id: 'profile.capacity' })}
                  min={0}
                  max={80}
                  allowDecimal={false}
                  {...form.getInputProps('weeklyCapacityHours')}
                />
              </Group>
              <Group grow align="flex-start">
                <Select
                  label={intl.formatMessage({ id: 'profile.country' })}
                  data={countries.options}
                  searchable
                  clearable
                  {...form.getInputProps('country')}
                />
                <TextInput
                  type="time"
                  label={intl.formatMessage({ id: 'profile.workStart' })}
                  {...form.getInputProps('workStart')}
                />
                <TextInput
                  type="time"
                  label={intl.formatMessage({ id: 'profile.workEnd' })}
                  description={
                    endsNextDay(
                      timeToMinutes(form.values.workStart),
                      timeToMinutes(form.values.workEnd, { asEnd: true }),
                    )
                      ? intl.formatMessage({ id: 'common.endsNextDay' })
                      : undefined
                  }
                  {...form.getInputProps('workEnd')}
                />
              </Group>
              <Text size="xs" c="dimmed">
                {intl.formatMessage({ id: 'profile.timeZoneNote' }, { timeZone: viewer?.timeZone ?? 'UTC' })}
              </Text>
            </Stack>
          </Card>

          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">
                {intl.formatMessage({ id: 'profile.skills' })}
              </Title>
              <MultiSelect
                label={intl.formatMessage({ id: 'profile.skillsPick' })}
                data={[...new Set(skills.map((skill) => skill.category))].map((group) => ({
                  group: categoryName(group),
                  items: skills
                    .filter((skill) => skill.category === group)
                    .map((skill) => ({ value: skill.id, label: skillName(skill) })),
                }))}
                value={form.values.skills.map((skill) => skill.skillId)}
                onChange={setSkillIds}
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
                    label={intl.formatMessage({ id: 'profile.level' })}
                    data={SKILL_LEVELS.map((level) => ({
                      value: level,
                      label: intl.formatMessage({ id: `skillLevel.${level.toLowerCase()}` }),
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps(`skills.${index}.level`)}
                  />
                  <NumberInput
                    label={intl.formatMessage({ id: 'profile.years' })}
                    min={0}
                    max={50}
                    allowDecimal={false}
                    {...form.getInputProps(`skills.${index}.years`)}
                  />
                </Group>
              ))}
            </Stack>
          </Card>

          <Card withBorder>
            <Stack>
              <Title order={2} size="h4">
                {intl.formatMessage({ id: 'profile.languages' })}
              </Title>
              {form.values.languages.map((language, index) => (
                <Group key={language.language} grow align="flex-end">
                  <Text fw={500}>{names.language(language.language)}</Text>
                  <Select
                    label={intl.formatMessage({ id: 'profile.level' })}
                    data={CEFR_LEVELS.map((level) => ({
                      value: level,
                      label: level === 'NATIVE' ? intl.formatMessage({ id: 'profile.native' }) : level,
                    }))}
                    allowDeselect={false}
                    {...form.getInputProps(`languages.${index}.level`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    style={{ flexGrow: 0 }}
                    aria-label={intl.formatMessage(
                      { id: 'profile.removeLanguage' },
                      { language: names.language(language.language) },
                    )}
                    onClick={() => form.removeListItem('languages', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              ))}
              <Select
                label={intl.formatMessage({ id: 'profile.addLanguage' })}
                data={names.languages.filter(
                  (option) => !form.values.languages.some((l) => l.language === option.value),
                )}
                searchable
                value={null}
                onChange={(code) => code && form.insertListItem('languages', { language: code, level: 'B2' })}
              />
            </Stack>
          </Card>
          <ListSection
            form={form}
            path="workHistory"
            title={t('profile.workHistory')}
            fields={sections.workHistory}
            blank={{ company: '', role: '', startMonth: '', endMonth: '', description: '' }}
            itemLabel={(index) => intl.formatMessage({ id: 'profile.roleN' }, { n: index + 1 })}
            max={10}
          />
          <ListSection
            form={form}
            path="portfolioLinks"
            title={t('profile.portfolio')}
            fields={sections.portfolioLinks}
            blank={{ label: '', url: 'https://' }}
            itemLabel={(index) => intl.formatMessage({ id: 'profile.linkN' }, { n: index + 1 })}
            max={10}
          />
          <ResumeSection resume={profile?.resume ?? null} disabled={locked} onUploaded={onResumeUploaded} />
          <ListSection
            form={form}
            path="references"
            title={t('profile.references')}
            hint={t('profile.referencesHint')}
            fields={sections.references}
            blank={{ name: '', relationship: '', company: '', email: '', phone: '' }}
            itemLabel={(index) => intl.formatMessage({ id: 'profile.referenceN' }, { n: index + 1 })}
            max={5}
          />
          {state.kind === 'failed' && (
            <Group>
              <Button variant="light" onClick={() => void autosave()}>
                {intl.formatMessage({ id: 'common.retry' })}
              </Button>
            </Group>
          )}
        </Stack>
      </fieldset>
    </Stack>
  );
}
