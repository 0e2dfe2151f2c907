/** The talent search form: its fields, where it starts, and how its values become the API's search. */
import type { TalentSearchInput } from '../gql/graphql';

export const SKILL_LEVELS = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED', 'EXPERT'] as const;
export const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'NATIVE'] as const;

export interface FilterValues {
  skillIds: string[];
  skillLevel: (typeof SKILL_LEVELS)[number];
  language: string | null;
  languageLevel: (typeof CEFR)[number];
  minOverlapHours: number;
  currency: string;
  rateMin: number | string;
  rateMax: number | string;
  minWeeklyHours: number;
  includeOnLeave: boolean;
  words: string;
}

export const DEFAULTS: FilterValues = {
  skillIds: [],
  skillLevel: 'BEGINNER',
  language: null,
  languageLevel: 'B2',
  minOverlapHours: 0,
  currency: 'USD',
  rateMin: '',
  rateMax: '',
  minWeeklyHours: 1,
  includeOnLeave: false,
  words: '',
};

/** The form's values as the API's search (rates in minor units; an empty rate is no bound). */
export function toSearch(values: FilterValues): TalentSearchInput {
  const minor = (value: number | string) => (value === '' ? null : Math.round(Number(value) * 100));
  return {
    skills: values.skillIds.map((skillId) => ({ skillId, minLevel: values.skillLevel })),
    languages: values.language ? [{ language: values.language, minLevel: values.languageLevel }] : [],
    minOverlapHours: values.minOverlapHours,
    currency: values.currency,
    rateMinMinor: minor(values.rateMin),
    rateMaxMinor: minor(values.rateMax),
    minWeeklyHours: values.minWeeklyHours,
    includeOnLeave: values.includeOnLeave,
    words: values.words,
  };
}
