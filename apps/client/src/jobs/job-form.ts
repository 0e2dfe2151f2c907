import { fromMinor, minutesToTime, timeToMinutes, toMinor } from '@delegate/ui';
import type { BudgetKind, CefrLevel, EditableJobFragment, SaveJobPostInput, SkillImportance } from '../gql/graphql';

/** What the job form edits: money as decimals, times as `HH:mm`, lists as rows. */
export interface JobFormValues {
  title: string;
  summary: string;
  tasks: string[];
  skills: Array<{ skillId: string; importance: SkillImportance }>;
  languages: Array<{ language: string; minLevel: CefrLevel }>;
  weeklyHours: number | string;
  budgetKind: BudgetKind;
  budgetMin: number | string;
  budgetMax: number | string;
  currency: string;
  startDate: string;
  durationWeeks: number | string;
  timeZone: string;
  workStart: string;
  workEnd: string;
  minOverlapHours: number | string;
  trialWeeks: string;
  ndaRequired: boolean;
  confidential: boolean;
  screeningQuestions: string[];
}

export function toJobValues(job: EditableJobFragment | null | undefined, timeZone: string): JobFormValues {
  return {
    title: job?.title ?? '',
    summary: job?.summary ?? '',
    tasks: job?.tasks.length ? job.tasks : [''],
    skills: (job?.skills ?? []).map(({ skill, importance }) => ({ skillId: skill.id, importance })),
    languages: job?.languages ?? [{ language: 'en', minLevel: 'B2' }],
    weeklyHours: job?.weeklyHours ?? 20,
    budgetKind: job?.budgetKind ?? 'HOURLY',
    budgetMin: fromMinor(job?.budgetMinMinor),
    budgetMax: fromMinor(job?.budgetMaxMinor),
    currency: job?.currency ?? 'USD',
    startDate: job?.startDate ?? '',
    durationWeeks: job?.durationWeeks ?? '',
    timeZone: job?.timeZone ?? timeZone,
    workStart: minutesToTime(job?.workStartMinute ?? 9 * 60),
    workEnd: minutesToTime(job?.workEndMinute ?? 17 * 60),
    minOverlapHours: job?.minOverlapHours ?? 2,
    trialWeeks: String(job?.trialWeeks ?? 0),
    ndaRequired: job?.ndaRequired ?? false,
    confidential: job?.confidential ?? false,
    screeningQuestions: job?.screeningQuestions ?? [],
  };
}

/** Money leaves the form as integer minor units; empty rows and fields are dropped. */
export function toJobInput(values: JobFormValues, id: string | null): SaveJobPostInput {
  const whole = (value: number | string) => (value === '' || Number.isNaN(Number(value)) ? null : Number(value));
  return {
    id,
    title: values.title,
    summary: values.summary,
    tasks: values.tasks.map((task) => task.trim()).filter(Boolean),
    skills: values.skills,
    languages: values.languages,
    weeklyHours: whole(values.weeklyHours),
    budgetKind: values.budgetKind,
    budgetMinMinor: values.budgetKind === 'HOURLY' ? toMinor(values.budgetMin) : null,
    budgetMaxMinor: toMinor(values.budgetMax),
    currency: values.currency,
    startDate: values.startDate || null,
    durationWeeks: whole(values.durationWeeks),
    timeZone: values.timeZone,
    workStartMinute: timeToMinutes(values.workStart),
    workEndMinute: timeToMinutes(values.workEnd, { asEnd: true }),
    minOverlapHours: whole(values.minOverlapHours) ?? 0,
    trialWeeks: Number(values.trialWeeks),
    ndaRequired: values.ndaRequired,
    confidential: values.confidential,
    screeningQuestions: values.screeningQuestions.map((question) => question.trim()).filter(Boolean),
  };
}
