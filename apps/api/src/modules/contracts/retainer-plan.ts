import { addMonths, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import { prorate } from '../../platform/money/shares.js';
import { shiftDays } from '../../platform/time/local-date.js';
import type { ContractTerms } from './entities/contract-terms.js';

/** One period of a retainer, funded like a milestone: the paid trial, or a month. */
export interface RetainerPeriod {
  title: string;
  trial: boolean;
  periodStart: string;
  periodEnd: string;
  amountMinor: number;
  minutesIncluded: number;
}

/** What the next period needs to know of the one before it. */
export interface PreviousPeriod {
  /** Its month number: 1 for the first month, 0 for the paid trial. */
  month: number;
  periodEnd: string;
  minutesIncluded: number;
  minutesWorked: number | null;
}

type RetainerTerms = Pick<
  ContractTerms,
  'startDate' | 'trialWeeks' | 'monthlyAmountMinor' | 'monthlyHours' | 'rolloverCapHours'
>;

/** A trial is priced as its share of a 30-day month, the way retainers are quoted in the field. */
const MONTH_DAYS = 30;
/** Hours beyond a month's are billed at 1.5× the month's price per hour unless the offer says otherwise (the field's rate). */
const OVERAGE_PERCENT = 150;

/** The overage rate an offer gets when it names none: 1.5× the month's amount per monthly hour. */
export function defaultOverageRate(terms: Pick<RetainerTerms, 'monthlyAmountMinor' | 'monthlyHours'>): number {
  return prorate(monthlyAmount(terms), OVERAGE_PERCENT, (monthlyMinutes(terms) / 60) * 100);
}

/**
 * What a period handed in with more minutes than it included bills beyond them, at the overage rate;
 * null when the VA stayed within its hours.
 */
export function overageOf(
  terms: Pick<ContractTerms, 'overageRateMinor'>,
  period: Pick<PreviousPeriod, 'minutesIncluded'> & { minutesWorked: number },
): { minutes: number; amountMinor: number } | null {
  const minutes = period.minutesWorked - period.minutesIncluded;
  if (minutes <= 0 || terms.overageRateMinor === null) return null;
  return { minutes, amountMinor: prorate(terms.overageRateMinor, minutes, 60) };
}

/** The first period: the paid trial when there is one, else the first month. */
export function firstPeriod(terms: RetainerTerms): RetainerPeriod {
  if (terms.trialWeeks === 0) return nextPeriod(terms, null);
  const days = terms.trialWeeks * 7;
  return {
    title: 'Paid trial',
    trial: true,
    periodStart: terms.startDate,
    periodEnd: shiftDays(terms.startDate, days - 1),
    amountMinor: prorate(monthlyAmount(terms), days, MONTH_DAYS),
    minutesIncluded: prorate(monthlyMinutes(terms), days, MONTH_DAYS),
  };
}

/**
 * The month after `previous` (the first month from the start date when there is none), ending on
 * `lastDay` if the retainer ends before the month does.
 */
export function nextPeriod(
  terms: RetainerTerms,
  previous: PreviousPeriod | null,
  lastDay: string | null = null,
): RetainerPeriod {
  const periodStart = previous ? shiftDays(previous.periodEnd, 1) : terms.startDate;
  const month = (previous?.month ?? 0) + 1;
  return { title: `Month ${month}`, trial: false, ...monthAt(terms, periodStart, previous, lastDay) };
}

/**
 * A month of a retainer from `periodStart`: to the day before the same date next month, or to
 * `lastDay` when that comes first (its amount and own hours then pro rata to its days); its hours are
 * its own plus what the previous period left unused, up to the rollover cap.
 */
export function monthAt(
  terms: RetainerTerms,
  periodStart: string,
  previous: Pick<PreviousPeriod, 'minutesIncluded' | 'minutesWorked'> | null,
  lastDay: string | null,
): Pick<RetainerPeriod, 'periodStart' | 'periodEnd' | 'amountMinor' | 'minutesIncluded'> {
  const monthEnd = shiftDays(formatISO(addMonths(parseISO(periodStart), 1), { representation: 'date' }), -1);
  const periodEnd = lastDay !== null && lastDay < monthEnd ? lastDay : monthEnd;
  const days = differenceInCalendarDays(parseISO(periodEnd), parseISO(periodStart)) + 1;
  const length = differenceInCalendarDays(parseISO(monthEnd), parseISO(periodStart)) + 1;
  return {
    periodStart,
    periodEnd,
    amountMinor: prorate(monthlyAmount(terms), days, length),
    minutesIncluded: prorate(monthlyMinutes(terms), days, length) + rolloverFrom(terms, previous),
  };
}

/** Unused minutes carried over from a handed-in period: none before the VA reports the hours worked. */
export function rolloverFrom(
  terms: Pick<RetainerTerms, 'rolloverCapHours'>,
  previous: Pick<PreviousPeriod, 'minutesIncluded' | 'minutesWorked'> | null,
): number {
  if (!previous || previous.minutesWorked === null) return 0;
  const unused = Math.max(0, previous.minutesIncluded - previous.minutesWorked);
  return Math.min((terms.rolloverCapHours ?? 0) * 60, unused);
}

/** What the next period needs of a stored one (its month number comes from the periods before it). */
export function periodOf(milestone: {
  periodEnd: string | null;
  minutesIncluded: number | null;
  minutesWorked: number | null;
}): Omit<PreviousPeriod, 'month'> {
  return {
    periodEnd: milestone.periodEnd as string,
    minutesIncluded: milestone.minutesIncluded ?? 0,
    minutesWorked: milestone.minutesWorked,
  };
}

/** The trial's price, for checking it against the smallest milestone before an offer is made. */
export function trialAmount(terms: RetainerTerms): number {
  return prorate(monthlyAmount(terms), terms.trialWeeks * 7, MONTH_DAYS);
}

function monthlyAmount(terms: Pick<RetainerTerms, 'monthlyAmountMinor'>): number {
  if (terms.monthlyAmountMinor === null) throw new Error('A retainer has a monthly amount.');
  return terms.monthlyAmountMinor;
}

function monthlyMinutes(terms: Pick<RetainerTerms, 'monthlyHours'>): number {
  if (terms.monthlyHours === null) throw new Error('A retainer has monthly hours.');
  return terms.monthlyHours * 60;
}
