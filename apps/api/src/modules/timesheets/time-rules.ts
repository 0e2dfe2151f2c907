import { TZDate } from '@date-fns/tz';
import { localDate, shiftDays } from '../../platform/time/local-date.js';

/**
 * Time entries as the rules see them: where a hand-written entry lies in UTC, and the checks every
 * entry passes (not in the future, not over another one, within its week and the week's limit).
 * Pure: the service reads the week, its entries and the money held, and writes what passes.
 */

/** What the VA wrote: a day with a start and an end (local "HH:MM"), or a day and minutes. */
export interface EntryInput {
  workDate: string;
  startTime?: string | null;
  endTime?: string | null;
  minutes?: number | null;
}

/** An entry placed in time: UTC instants when it has times, and its length. */
export interface PlacedEntry {
  workDate: string;
  startedAt: Date | null;
  endedAt: Date | null;
  minutes: number;
}

export type EntryProblem = {
  field: 'startTime' | 'endTime' | 'minutes';
  rule: 'required' | 'either' | 'sameAsStart';
};

const MINUTE_MS = 60_000;

/**
 * Places a written entry in the VA's time zone. An end at or before the start is on the next day
 * (22:00–02:00 is four hours). Returns the problem instead when the input is incomplete or ambiguous.
 */
export function placeEntry(input: EntryInput, timeZone: string): PlacedEntry | EntryProblem {
  const timed = Boolean(input.startTime) || Boolean(input.endTime);
  if (timed && input.minutes) return { field: 'minutes', rule: 'either' };
  if (!timed) {
    if (!input.minutes) return { field: 'minutes', rule: 'required' };
    return { workDate: input.workDate, startedAt: null, endedAt: null, minutes: input.minutes };
  }
  if (!input.startTime) return { field: 'startTime', rule: 'required' };
  if (!input.endTime) return { field: 'endTime', rule: 'required' };
  // Equal times are a slip, not 24 hours of work.
  if (input.startTime === input.endTime) return { field: 'endTime', rule: 'sameAsStart' };
  const startedAt = atLocal(input.workDate, input.startTime, timeZone);
  let endedAt = atLocal(input.workDate, input.endTime, timeZone);
  if (endedAt <= startedAt) endedAt = atLocal(shiftDays(input.workDate, 1), input.endTime, timeZone);
  return {
    workDate: input.workDate,
    startedAt,
    endedAt,
    minutes: Math.round((endedAt.getTime() - startedAt.getTime()) / MINUTE_MS),
  };
}

/** Whether an entry lies (even in part) after `now`: by its end, or for a duration by its day. */
export function inFuture(entry: PlacedEntry, timeZone: string, now: Date): boolean {
  if (entry.endedAt) return entry.endedAt > now;
  return entry.workDate > localDate(now, timeZone);
}

/** The UTC day an entry counts in: where it starts, or its own day when it has no times. */
export function weekDayOf(entry: Pick<PlacedEntry, 'workDate' | 'startedAt'>): string {
  return entry.startedAt ? entry.startedAt.toISOString().slice(0, 10) : entry.workDate;
}

/** Whether a timed entry ends after the week it starts in does (it must be split at midnight UTC). */
export function crossesWeekEnd(entry: Pick<PlacedEntry, 'endedAt'>, weekOverAt: Date): boolean {
  return entry.endedAt !== null && entry.endedAt > weekOverAt;
}

/** Whether two timed entries share any minute (a running timer counts up to `now`). */
export function overlaps(
  a: { startedAt: Date | null; endedAt: Date | null },
  b: { startedAt: Date | null; endedAt: Date | null },
  now: Date,
): boolean {
  if (!a.startedAt || !b.startedAt) return false;
  return a.startedAt < (b.endedAt ?? now) && b.startedAt < (a.endedAt ?? now);
}

/**
 * Minutes the VA may still log in a week: up to its limit, and never past what escrow holds for it
 * at the rate (an unfunded week allows none).
 */
export function minutesLeft(week: {
  minutesIncluded: number;
  minutesLogged: number;
  heldMinor: number;
  hourlyRateMinor: number;
}): number {
  const funded = week.hourlyRateMinor > 0 ? Math.floor((week.heldMinor * 60) / week.hourlyRateMinor) : 0;
  return Math.max(0, Math.min(week.minutesIncluded, funded) - week.minutesLogged);
}

function atLocal(day: string, time: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, date, hours, minutes, timeZone).getTime());
}
