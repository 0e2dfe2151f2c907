import { tzOffset } from '@date-fns/tz';

export const MINUTES_PER_DAY = 1440;

/**
 * Minutes in a working day from `startMinute` to `endMinute` (minutes after local midnight). An end
 * before the start is on the next day (22:00–06:00 is 8 h), and an end equal to the start makes a
 * full 24 h. Match cards store the same rule in SQL (`matching.repository.ts`).
 */
export function workingDayMinutes(startMinute: number, endMinute: number): number {
  return ((((endMinute - startMinute) % MINUTES_PER_DAY) + MINUTES_PER_DAY - 1) % MINUTES_PER_DAY) + 1;
}

/** Whether a working day from `startMinute` to `endMinute` ends on the next day. */
export function endsNextDay(startMinute: number, endMinute: number): boolean {
  return endMinute <= startMinute;
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
 * midnight UTC meets the other's next or previous day). Matching's ranking query computes the same in SQL.
 */
export function dailyOverlapMinutes(a: UtcWorkingDay, b: UtcWorkingDay): number {
  return [-MINUTES_PER_DAY, 0, MINUTES_PER_DAY].reduce(
    (sum, shift) => sum + Math.max(0, Math.min(a.end + shift, b.end) - Math.max(a.start + shift, b.start)),
    0,
  );
}
