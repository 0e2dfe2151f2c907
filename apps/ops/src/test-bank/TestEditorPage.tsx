import { describeError, ErrorState, useSkillNames } from '@delegate/ui';
import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Group,
  Loader,
  NumberInput,
  Radio,
  Select,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { randomId } from '@mantine/hooks';
import { useState } from 'react';
import { useIntl } from 'react-intl';
import { useLocation, useNavigate, useParams } from 'react-router';
import type { EditableSkillTestFragment, QuestionKind } from '../gql/graphql';
import { useSaveSkillTest, useSkillTestEditor } from './use-test-bank';

interface QuestionValues {
  /** A stable React key for the row; not sent. */
  key: string;
  kind: QuestionKind;
  prompt: string;
  options: string[];
  correctOption: string | null;
  points: number;
  rubric: Array<{ criterion: string; maxPoints: number }>;
}

interface TestValues {
  skillId: string | null;
  title: string;
  instructions: string;
  timeLimitMinutes: number;
  passPercent: number;
  active: boolean;
  questions: QuestionValues[];
}

const BLANK_QUESTION: Record<QuestionKind, Omit<QuestionValues, 'key'>> = {
  MULTIPLE_CHOICE: {
    kind: 'MULTIPLE_CHOICE',
    prompt: '',
    options: ['', ''],
    correctOption: null,
    points: 1,
    rubric: [],
  },
  PRACTICAL: {
    kind: 'PRACTICAL',
    prompt: '',
    options: [],
    correctOption: null,
    points: 1,
    rubric: [{ criterion: '', maxPoints: 3 }],
  },
};

const blankQuestion = (kind: QuestionKind): QuestionValues => ({ ...BLANK_QUESTION[kind], key: randomId() });

function toValues(test: EditableSkillTestFragment | null | undefined): TestValues {
  if (!test) {
    return {
      skillId: null,
      title: '',
      instructions: '',
      timeLimitMinutes: 25,
      passPercent: 70,
      active: true,
      questions: [blankQuestion('MULTIPLE_CHOICE')],
    };
  }
  return {
    skillId: test.skill.id,
    title: test.title,
    instructions: test.instructions,
    timeLimitMinutes: test.timeLimitMinutes,
    passPercent: test.passPercent,
    active: test.active,
    questions: test.questions.map((question) => ({
      key: question.id,
      kind: question.kind,
      prompt: question.prompt,
      options: question.options,
      correctOption:
        question.correctOption === null || question.correctOption === undefined ? null : String(question.correctOption),
      points: question.points,
      rubric: question.rubric.map(({ criterion, maxPoints }) => ({ criterion, maxPoints })),
    })),
  };
}

/** Creates or edits a test. Saving a test someone has taken makes a new version, so their attempt keeps its questions. */
export function TestEditorPage() {
  const intl = useIntl();
  const { id } = useParams();
  const { data, loading, error, refetch } = useSkillTestEditor(id);
  if (loading && !data) return <Loader aria-label={intl.formatMessage({ id: 'common.loading' })} />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return null;
  return <Editor key={id ?? 'new'} test={data.skillTest ?? null} skills={data.skills} />;
}

function Editor({
  test,
  skills,
}: {
  test: EditableSkillTestFragment | null;
  skills: Array<{ id: string; slug: string; name: string; category: string }>;
}) {
  const { skillName } = useSkillNames();
  const intl = useIntl();
  const navigate = useNavigate();
  const location = useLocation();
  const { save, saving } = useSaveSkillTest();
  const [problem, setProblem] = useState<string | null>(null);
  const form = useForm<TestValues>({ mode: 'controlled', initialValues: toValues(test) });
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const notice = (location.state as { notice?: string } | null)?.notice;

  const submit = form.onSubmit(async (values) => {
    setProblem(null);
    try {
      const saved = await save({
        id: test?.id ?? null,
        skillId: values.skillId ?? '',
        title: values.title,
        instructions: values.instructions,
        timeLimitMinutes: values.timeLimitMinutes,
        passPercent: values.passPercent,
        active: values.active,
        questions: values.questions.map((question) => ({
          kind: question.kind,
          prompt: question.prompt,
          options: question.kind === 'MULTIPLE_CHOICE' ? question.options : [],
          correctOption:
            question.kind === 'MULTIPLE_CHOICE' && question.correctOption !== null
              ? Number(question.correctOption)
              : null,
          points: question.points,
          rubric: question.kind === 'PRACTICAL' ? question.rubric : [],
        })),
      });
      if (!saved) return;
      const notice = test && saved.id !== test.id ? 'newVersion' : 'saved';
      navigate(`/tests/${saved.id}`, { replace: true, state: { notice } });
      form.resetDirty();
    } catch (saveError) {
      const described = describeError(saveError, intl);
      form.setErrors(described.fields);
      setProblem(described.message);
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={900}>
        <Title order={1} size="h2">
          {test ? test.title : t('testBank.new')}
        </Title>
        {notice && (
          <Alert color="teal" role="status">
            {t(notice === 'newVersion' ? 'testBank.savedNewVersion' : 'testBank.saved')}
          </Alert>
        )}
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Card withBorder>
          <Stack>
            <Select
              label={t('testBank.skill')}
              data={skills.map((skill) => ({ value: skill.id, label: skillName(skill) }))}
              searchable
              required
              {...form.getInputProps('skillId')}
            />
            <TextInput label={t('testBank.testTitle')} required maxLength={160} {...form.getInputProps('title')} />
            <Textarea label={t('testBank.instructions')} autosize minRows={2} {...form.getInputProps('instructions')} />
            <Group grow align="flex-start">
              <NumberInput
                label={t('testBank.timeLimit')}
                min={5}
                max={240}
                allowDecimal={false}
                {...form.getInputProps('timeLimitMinutes')}
              />
              <NumberInput
                label={t('testBank.passPercent')}
                min={1}
                max={100}
                allowDecimal={false}
                {...form.getInputProps('passPercent')}
              />
            </Group>
            <Switch label={t('testBank.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          </Stack>
        </Card>

        {form.values.questions.map((question, index) => (
          <Card
            withBorder
            key={question.key}
            component="fieldset"
            aria-label={t('testBank.questionN', { n: index + 1 })}
          >
            <Stack gap="sm">
              <Group justify="space-between">
                <Text fw={600}>{t('testBank.questionN', { n: index + 1 })}</Text>
                <Group gap="xs">
                  <Select
                    aria-label={t('testBank.kind')}
                    data={(['MULTIPLE_CHOICE', 'PRACTICAL'] as const).map((kind) => ({
                      value: kind,
                      label: t(`testBank.kind.${kind}`),
                    }))}
                    value={question.kind}
                    allowDeselect={false}
                    onChange={(kind) =>
                      kind &&
                      form.replaceListItem('questions', index, {
                        ...blankQuestion(kind as QuestionKind),
                        prompt: question.prompt,
                      })
                    }
                    w={200}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    aria-label={t('testBank.removeQuestion', { n: index + 1 })}
                    disabled={form.values.questions.length === 1}
                    onClick={() => form.removeListItem('questions', index)}
                  >
                    ×
                  </ActionIcon>
                </Group>
              </Group>
              <Textarea
                label={t('testBank.prompt')}
                autosize
                minRows={2}
                required
                {...form.getInputProps(`questions.${index}.prompt`)}
              />
              {question.kind === 'MULTIPLE_CHOICE' ? (
                <>
                  <Radio.Group
                    label={t('testBank.options')}
                    description={t('testBank.optionsHint')}
                    value={question.correctOption}
                    onChange={(value) => form.setFieldValue(`questions.${index}.correctOption`, value)}
                    error={form.errors[`questions.${index}.correctOption`] ?? form.errors[`questions.${index}.options`]}
                  >
                    <Stack gap={6} mt="xs">
                      {question.options.map((_, optionIndex) => (
                        // biome-ignore lint/suspicious/noArrayIndexKey: options are positional (the answer key is an index)
                        <Group key={optionIndex} gap="xs">
                          <Radio
                            value={String(optionIndex)}
                            aria-label={t('testBank.correctOptionN', { n: optionIndex + 1 })}
                          />
                          <TextInput
                            aria-label={t('testBank.optionN', { n: optionIndex + 1 })}
                            style={{ flex: 1 }}
                            {...form.getInputProps(`questions.${index}.options.${optionIndex}`)}
                          />
                          <ActionIcon
                            variant="subtle"
                            color="red"
                            aria-label={t('testBank.removeOption', { n: optionIndex + 1 })}
                            disabled={question.options.length <= 2}
                            onClick={() => {
                              form.removeListItem(`questions.${index}.options`, optionIndex);
                              form.setFieldValue(`questions.${index}.correctOption`, null);
                            }}
                          >
                            ×
                          </ActionIcon>
                        </Group>
                      ))}
                    </Stack>
                  </Radio.Group>
                  <Group>
                    <Button
                      variant="subtle"
                      size="xs"
                      disabled={question.options.length >= 8}
                      onClick={() => form.insertListItem(`questions.${index}.options`, '')}
                    >
                      {t('testBank.addOption')}
                    </Button>
                    <NumberInput
                      label={t('testBank.points')}
                      min={1}
                      max={100}
                      allowDecimal={false}
                      w={120}
                      {...form.getInputProps(`questions.${index}.points`)}
                    />
                  </Group>
                </>
              ) : (
                <Stack gap={6}>
                  <Text size="sm" fw={500}>
                    {t('testBank.rubric')}
                  </Text>
                  {question.rubric.map((_, lineIndex) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: rubric lines are positional rows
                    <Group key={lineIndex} gap="xs" align="flex-end">
                      <TextInput
                        label={t('testBank.criterion')}
                        style={{ flex: 1 }}
                        {...form.getInputProps(`questions.${index}.rubric.${lineIndex}.criterion`)}
                      />
                      <NumberInput
                        label={t('testBank.maxPoints')}
                        min={1}
                        max={100}
                        allowDecimal={false}
                        w={120}
                        {...form.getInputProps(`questions.${index}.rubric.${lineIndex}.maxPoints`)}
                      />
                      <ActionIcon
                        variant="subtle"
                        color="red"
                        mb={6}
                        aria-label={t('testBank.removeCriterion', { n: lineIndex + 1 })}
                        disabled={question.rubric.length <= 1}
                        onClick={() => form.removeListItem(`questions.${index}.rubric`, lineIndex)}
                      >
                        ×
                      </ActionIcon>
                    </Group>
                  ))}
                  {form.errors[`questions.${index}.rubric`] && (
                    <Text size="xs" c="red">
                      {form.errors[`questions.${index}.rubric`]}
                    </Text>
                  )}
                  <Button
                    variant="subtle"
                    size="xs"
                    style={{ alignSelf: 'flex-start' }}
                    disabled={question.rubric.length >= 10}
                    onClick={() => form.insertListItem(`questions.${index}.rubric`, { criterion: '', maxPoints: 3 })}
                  >
                    {t('testBank.addCriterion')}
                  </Button>
                </Stack>
              )}
            </Stack>
          </Card>
        ))}
        <Group>
          <Button
            variant="light"
            disabled={form.values.questions.length >= 50}
            onClick={() => form.insertListItem('questions', blankQuestion('MULTIPLE_CHOICE'))}
          >
            {t('testBank.addQuestion')}
          </Button>
          <Button type="submit" loading={saving}>
            {t('common.save')}
          </Button>
        </Group>
        {test && (
          <Text size="xs" c="dimmed">
            {t('testBank.versionNote')}
          </Text>
        )}
      </Stack>
    </form>
  );
}
