import type { CefrLevel, SaveFreelancerProfileInput, SkillLevel } from '../gql/graphql';

/** What the form edits: money as a decimal and times as HH:mm, converted at the edges. */
export interface ProfileFormValues {
  headline: string;
  bio: string;
  hourlyRate: number | string;
  currency: string;
  weeklyCapacityHours: number | string;
  country: string | null;
  workStart: string;
  workEnd: string;
  skills: Array<{ skillId: string; level: SkillLevel; years: number | string }>;
  languages: Array<{ language: string; level: CefrLevel }>;
  workHistory: WorkHistory[];
  portfolioLinks: Array<{ label: string; url: string }>;
  references: Reference[];
}

export interface WorkHistory {
  company: string;
  role: string;
  startMonth: string;
  endMonth?: string | null;
  description: string;
}

export interface Reference {
  name: string;
  relationship: string;
  company: string;
  email: string;
  phone?: string | null;
}

export interface StoredProfile {
  headline: string;
  bio: string;
  hourlyRateMinor?: number | null;
  currency: string;
  weeklyCapacityHours: number;
  country?: string | null;
  workStartMinute: number;
  workEndMinute: number;
  skills: Array<{ skill: { id: string }; level: SkillLevel; years: number }>;
  languages: Array<{ language: string; level: CefrLevel }>;
  workHistory: WorkHistory[];
  portfolioLinks: Array<{ label: string; url: string }>;
  references: Reference[];
}

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'TRY', 'CAD', 'AUD'] as const;

const pad = (value: number) => String(value).padStart(2, '0');
export const minutesToTime = (minutes: number) => `${pad(Math.floor(minutes / 60) % 24)}:${pad(minutes % 60)}`;
export function timeToMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

export function toFormValues(profile: StoredProfile | null | undefined, defaultCurrency = 'USD'): ProfileFormValues {
  return {
    headline: profile?.headline ?? '',
    bio: profile?.bio ?? '',
    hourlyRate: profile?.hourlyRateMinor != null ? profile.hourlyRateMinor / 100 : '',
    currency: profile?.currency ?? defaultCurrency,
    weeklyCapacityHours: profile?.weeklyCapacityHours ?? 20,
    country: profile?.country ?? null,
    workStart: minutesToTime(profile?.workStartMinute ?? 9 * 60),
    workEnd: minutesToTime(profile?.workEndMinute ?? 17 * 60),
    skills: (profile?.skills ?? []).map(({ skill, level, years }) => ({ skillId: skill.id, level, years })),
    languages: profile?.languages ?? [],
    workHistory: profile?.workHistory ?? [],
    portfolioLinks: profile?.portfolioLinks ?? [],
    references: profile?.references ?? [],
  };
}

/** Money leaves the form as integer minor units; every supported currency has two decimals. */
export function toInput(values: ProfileFormValues): SaveFreelancerProfileInput {
  const rate = Number(values.hourlyRate);
  const end = timeToMinutes(values.workEnd);
  return {
    headline: values.headline,
    bio: values.bio,
    hourlyRateMinor: values.hourlyRate === '' || Number.isNaN(rate) ? null : Math.round(rate * 100),
    currency: values.currency,
    weeklyCapacityHours: Number(values.weeklyCapacityHours) || 0,
    country: values.country,
    workStartMinute: timeToMinutes(values.workStart),
    workEndMinute: end === 0 ? 1440 : end,
    skills: values.skills.map((skill) => ({ ...skill, years: Number(skill.years) || 0 })),
    languages: values.languages,
    workHistory: values.workHistory.map((role) => ({ ...role, endMonth: role.endMonth || null })),
    portfolioLinks: values.portfolioLinks,
    references: values.references.map((reference) => ({ ...reference, phone: reference.phone || null })),
  };
}
