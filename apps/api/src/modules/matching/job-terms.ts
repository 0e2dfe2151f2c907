import { tzOffset } from '@date-fns/tz';
import { MINUTES_PER_DAY, workingDayMinutes } from '../../platform/time/working-day.js';

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

/** A working day in UTC minutes: `start` in [0, 1440), `end` after it (past 1440 when it crosses midnight UTC). */
export type UtcWorkingDay = { start: number; end: number };

/**
 * A local working day as UTC minutes at an instant (summer time included). It may cross midnight
 * locally (22:00–06:00) and in UTC; either way it lasts `workingDayMinutes`.
 */
export function utcWorkingDay(timeZone: string, startMinute: number, endMinute: number, at: Date): UtcWorkingDay {
  const start = (((startMinute - tzOffset(timeZone, at)) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return { start, end: start + workingDayMinutes(startMinute, endMinute) };
}

/**
 * Minutes a day two working days overlap, the one shifted a day either way too (a day that crosses
 * midnight UTC meets the other's next or previous day). The ranking query computes the same in SQL.
 */
export function dailyOverlapMinutes(a: UtcWorkingDay, b: UtcWorkingDay): number {
  return [-MINUTES_PER_DAY, 0, MINUTES_PER_DAY].reduce(
    (sum, shift) => sum + Math.max(0, Math.min(a.end + shift, b.end) - Math.max(a.start + shift, b.start)),
    0,
  );
}
