import { parseISO } from 'date-fns';
import { shiftDays } from '../../platform/time/local-date.js';
import type { ContractTerms } from './entities/contract-terms.js';

/**
 * Hourly contracts in escrow: a week at a time, each week a milestone funded before its work.
 *
 * - Weeks run from `weekStartsOn` (1 = Monday) to the day before, in UTC; the first week runs from
 *   the start date to the end of its week.
 * - A week is funded at its limit × rate, less what the week before left unused: that money stays
 *   in escrow and moves into the new week (carried, never refunded and charged again).
 * - A week's timesheet is reviewed from `opensAfterHours` to `closesAfterHours` after the week ends
 *   (by default Monday 12:00 to Friday 23:59:59 UTC); what the business has not disputed by then is
 *   released.
 */
export interface HourlyWeek {
  title: string;
  periodStart: string;
  periodEnd: string;
  /** What the business pays in for the week: its limit's worth less what is carried into it. */
  amountMinor: number;
  /** The week's limit in minutes: the VA logs up to this. */
  minutesIncluded: number;
}

export interface WeekSettings {
  /** ISO weekday the week starts on: 1 Monday … 7 Sunday. */
  weekStartsOn: number;
  /** Hours after the week ends that the business's review opens and closes. */
  opensAfterHours: number;
  closesAfterHours: number;
}

type HourlyTerms = Pick<ContractTerms, 'startDate' | 'hourlyRateMinor' | 'weeklyLimitHours'>;

const HOUR_MS = 3_600_000;

/** The last day of the week `day` is in. */
export function weekEndOf(day: string, weekStartsOn: number): string {
  const isoWeekday = ((parseISO(day).getUTCDay() + 6) % 7) + 1;
  const daysLeft = (weekStartsOn + 6 - isoWeekday + 7) % 7;
  return shiftDays(day, daysLeft);
}

/** The week's full funding: its limit × the rate. */
export function weekLimitAmount(terms: HourlyTerms): number {
  return (terms.hourlyRateMinor ?? 0) * (terms.weeklyLimitHours ?? 0);
}

/** The week from `periodStart` to the end of its week, with `carriedMinor` already in escrow for it. */
export function weekFrom(terms: HourlyTerms, periodStart: string, carriedMinor: number, settings: WeekSettings) {
  const full = weekLimitAmount(terms);
  if (carriedMinor < 0 || carriedMinor > full) throw new Error(`A week cannot carry ${carriedMinor} of ${full}.`);
  return {
    title: `Week of ${periodStart}`,
    periodStart,
    periodEnd: weekEndOf(periodStart, settings.weekStartsOn),
    amountMinor: full - carriedMinor,
    minutesIncluded: (terms.weeklyLimitHours ?? 0) * 60,
  } satisfies HourlyWeek;
}

/** The contract's first week: from its start date, nothing carried. */
export function firstWeek(terms: HourlyTerms, settings: WeekSettings): HourlyWeek {
  return weekFrom(terms, terms.startDate, 0, settings);
}

/** Whether an hourly contract goes on to another week: it runs and is not paused. */
export function weeksContinue(contract: { status: string; pausedAt: Date | null }): boolean {
  return contract.status === 'active' && contract.pausedAt === null;
}

/** The first day of the week a paused contract resumes with: today, or after its last week if that runs on. */
export function resumeFrom(today: string, lastWeekEnd: string | null): string {
  const afterLast = lastWeekEnd === null ? today : shiftDays(lastWeekEnd, 1);
  return afterLast > today ? afterLast : today;
}

/** The week after one that ended on `previousEnd`. */
export function nextWeek(terms: HourlyTerms, previousEnd: string, carriedMinor: number, settings: WeekSettings) {
  return weekFrom(terms, shiftDays(previousEnd, 1), carriedMinor, settings);
}

/** What logged minutes cost at the rate, rounded to the minor unit. */
export function minutesCost(minutes: number, hourlyRateMinor: number): number {
  return Math.round((minutes * hourlyRateMinor) / 60);
}

/** When the business's review of a week that ended on `periodEnd` opens and closes. */
export function reviewWindow(periodEnd: string, settings: Pick<WeekSettings, 'opensAfterHours' | 'closesAfterHours'>) {
  const ended = parseISO(`${shiftDays(periodEnd, 1)}T00:00:00Z`).getTime();
  return {
    opensAt: new Date(ended + settings.opensAfterHours * HOUR_MS),
    closesAt: new Date(ended + settings.closesAfterHours * HOUR_MS),
  };
}

/** The instant a week that ends on `periodEnd` is over (midnight UTC after its last day). */
export function weekOverAt(periodEnd: string): Date {
  return parseISO(`${shiftDays(periodEnd, 1)}T00:00:00Z`);
}
