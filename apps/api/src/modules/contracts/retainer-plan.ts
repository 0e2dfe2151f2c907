import { addDays, addMonths, differenceInCalendarDays, formatISO, parseISO } from 'date-fns';
import { prorate } from '../../platform/money/shares.js';
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
  position: number;
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
 * The month after `previous` (the first month from the start date when there is none): the
 * monthly amount, the monthly hours plus the previous period's unused hours up to the rollover cap.
 */
export function nextPeriod(terms: RetainerTerms, previous: PreviousPeriod | null): RetainerPeriod {
  const periodStart = previous ? shiftDays(previous.periodEnd, 1) : terms.startDate;
  // Positions count the trial too, when there is one.
  const months = previous ? previous.position - (terms.trialWeeks > 0 ? 1 : 0) : 0;
  return {
    title: `Month ${months + 1}`,
    trial: false,
    periodStart,
    periodEnd: shiftDays(formatISO(addMonths(parseISO(periodStart), 1), { representation: 'date' }), -1),
    amountMinor: monthlyAmount(terms),
    minutesIncluded: monthlyMinutes(terms) + rolloverFrom(terms, previous),
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

/**
 * A period cut short at a retainer's last day (under notice): its days up to and including
 * `lastDay`, priced and timed pro rata. A period ending by then is returned as it is.
 */
export function cutAt<T extends Pick<RetainerPeriod, 'periodStart' | 'periodEnd' | 'amountMinor' | 'minutesIncluded'>>(
  period: T,
  lastDay: string,
): T {
  if (period.periodEnd <= lastDay) return period;
  const days = differenceInCalendarDays(parseISO(lastDay), parseISO(period.periodStart)) + 1;
  const length = differenceInCalendarDays(parseISO(period.periodEnd), parseISO(period.periodStart)) + 1;
  return {
    ...period,
    periodEnd: lastDay,
    amountMinor: prorate(period.amountMinor, days, length),
    minutesIncluded: prorate(period.minutesIncluded, days, length),
  };
}

/** The trial's price, for checking it against the smallest milestone before an offer is made. */
export function trialAmount(terms: RetainerTerms): number {
  return prorate(monthlyAmount(terms), terms.trialWeeks * 7, MONTH_DAYS);
}

export function shiftDays(date: string, days: number): string {
  return formatISO(addDays(parseISO(date), days), { representation: 'date' });
}

function monthlyAmount(terms: RetainerTerms): number {
  if (terms.monthlyAmountMinor === null) throw new Error('A retainer has a monthly amount.');
  return terms.monthlyAmountMinor;
}

function monthlyMinutes(terms: RetainerTerms): number {
  if (terms.monthlyHours === null) throw new Error('A retainer has monthly hours.');
  return terms.monthlyHours * 60;
}
