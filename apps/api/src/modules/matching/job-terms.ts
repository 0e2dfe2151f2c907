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

/** Minutes east of UTC of a time zone at an instant (summer time included). */
export function utcOffsetMinutes(timeZone: string, at: Date): number {
  return tzOffset(timeZone, at);
}

/** Minutes both working days share, on a 24-hour clock that wraps at midnight; windows are UTC minutes. */
export function overlapMinutes(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const day = 1440;
  const aStart = ((a.start % day) + day) % day;
  const bStart = ((b.start % day) + day) % day;
  const aEnd = aStart + (a.end - a.start);
  const bEnd = bStart + (b.end - b.start);
  let total = 0;
  for (const shift of [-day, 0, day]) {
    total += Math.max(0, Math.min(aEnd + shift, bEnd) - Math.max(aStart + shift, bStart));
  }
  return total;
}
