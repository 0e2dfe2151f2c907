import { tzOffset } from '@date-fns/tz';

const WEEKS_PER_MONTH = 52 / 12;

/** A job's budget as an hourly figure in minor units of its currency, when one can be told. */
export function hourlyBudgetMinor(job: {
  budgetKind: 'hourly' | 'fixed' | 'retainer' | null;
  budgetMaxMinor: number | null;
  weeklyHours: number | null;
  durationWeeks: number | null;
}): number | null {
  const { budgetKind, budgetMaxMinor: max, weeklyHours: hours, durationWeeks: weeks } = job;
  if (max === null || !budgetKind) return null;
  if (budgetKind === 'hourly') return max;
  if (!hours) return null;
  if (budgetKind === 'retainer') return Math.round(max / (hours * WEEKS_PER_MONTH));
  return weeks ? Math.round(max / (hours * weeks)) : null;
}

/**
 * A local working day as UTC minutes at an instant (summer time included): `start` is in
 * [0, 1440) and `end` follows it, so a day that crosses midnight UTC ends after 1440.
 */
export function utcWorkingDay(timeZone: string, startMinute: number, endMinute: number, at: Date) {
  const start = (((startMinute - tzOffset(timeZone, at)) % 1440) + 1440) % 1440;
  return { start, end: start + (endMinute - startMinute) };
}
