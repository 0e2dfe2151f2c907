import { fromMinor, minutesToTime, timeToMinutes, toMinor } from '@delegate/ui';
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

export function toFormValues(profile: StoredProfile | null | undefined, defaultCurrency = 'USD'): ProfileFormValues {
  return {
    headline: profile?.headline ?? '',
    bio: profile?.bio ?? '',
    hourlyRate: fromMinor(profile?.hourlyRateMinor),
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
  return {
    headline: values.headline,
    bio: values.bio,
    hourlyRateMinor: toMinor(values.hourlyRate),
    currency: values.currency,
    weeklyCapacityHours: Number(values.weeklyCapacityHours) || 0,
    country: values.country,
    workStartMinute: timeToMinutes(values.workStart),
    workEndMinute: timeToMinutes(values.workEnd, { asEnd: true }),
    skills: values.skills.map((skill) => ({ ...skill, years: Number(skill.years) || 0 })),
    languages: values.languages,
    workHistory: values.workHistory.map((role) => ({ ...role, endMonth: role.endMonth || null })),
    portfolioLinks: values.portfolioLinks,
    references: values.references.map((reference) => ({ ...reference, phone: reference.phone || null })),
  };
}
