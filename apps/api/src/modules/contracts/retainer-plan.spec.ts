import { describe, expect, it } from '@jest/globals';
import { defaultOverageRate, firstPeriod, monthAt, nextPeriod, overageOf, rolloverFrom } from './retainer-plan.js';

const terms = {
  startDate: '2026-12-01',
  trialWeeks: 0,
  monthlyAmountMinor: 120_000,
  monthlyHours: 40,
  rolloverCapHours: 10,
};

describe('retainer periods', () => {
  it('starts with the first month when there is no trial', () => {
    expect(firstPeriod(terms)).toEqual({
      title: 'Month 1',
      trial: false,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-31',
      amountMinor: 120_000,
      minutesIncluded: 2_400,
    });
  });

  it('prices a two-week trial as 14/30 of the month, hours too', () => {
    expect(firstPeriod({ ...terms, trialWeeks: 2 })).toEqual({
      title: 'Paid trial',
      trial: true,
      periodStart: '2026-12-01',
      periodEnd: '2026-12-14',
      amountMinor: 56_000,
      minutesIncluded: 1_120,
    });
  });

  it('follows the trial with month 1, and months run calendar month to month (end of February included)', () => {
    const trial = { month: 0, periodEnd: '2026-12-14', minutesIncluded: 1_120, minutesWorked: 1_120 };
    const first = nextPeriod({ ...terms, trialWeeks: 2 }, trial);
    expect(first).toMatchObject({ title: 'Month 1', periodStart: '2026-12-15', periodEnd: '2027-01-14' });
    const afterFirst = { ...trial, month: 1, periodEnd: first.periodEnd };
    expect(nextPeriod({ ...terms, trialWeeks: 2 }, afterFirst)).toMatchObject({
      title: 'Month 2',
      periodStart: '2027-01-15',
    });
    const january = { month: 1, periodEnd: '2027-01-31', minutesIncluded: 2_400, minutesWorked: null };
    expect(nextPeriod(terms, january)).toMatchObject({
      title: 'Month 2',
      periodStart: '2027-02-01',
      periodEnd: '2027-02-28',
    });
  });

  it('rolls unused hours over up to the cap, and none before the hours are reported', () => {
    expect(rolloverFrom(terms, { minutesIncluded: 2_400, minutesWorked: 2_100 })).toBe(300);
    expect(rolloverFrom(terms, { minutesIncluded: 2_400, minutesWorked: 0 })).toBe(600);
    expect(rolloverFrom(terms, { minutesIncluded: 2_400, minutesWorked: 2_700 })).toBe(0);
    expect(rolloverFrom(terms, { minutesIncluded: 2_400, minutesWorked: null })).toBe(0);
    expect(rolloverFrom({ rolloverCapHours: 0 }, { minutesIncluded: 2_400, minutesWorked: 0 })).toBe(0);
    const previous = { month: 2, periodEnd: '2026-12-31', minutesIncluded: 2_400, minutesWorked: 1_800 };
    expect(nextPeriod(terms, previous).minutesIncluded).toBe(3_000);
  });

  it('cuts the month holding the last day under notice: amount and own hours pro rata, rollover whole', () => {
    const handedIn = { minutesIncluded: 2_400, minutesWorked: 2_210 };
    // 29 of 31 days: €1,122.58 and 37 h 25 min of the 40 h, plus the 3 h 10 min that rolled over.
    expect(monthAt(terms, '2099-01-18', handedIn, '2099-02-15')).toEqual({
      periodStart: '2099-01-18',
      periodEnd: '2099-02-15',
      amountMinor: 112_258,
      minutesIncluded: 2_245 + 190,
    });
    expect(monthAt(terms, '2099-01-18', handedIn, '2099-02-17')).toMatchObject({
      periodEnd: '2099-02-17',
      amountMinor: 120_000,
      minutesIncluded: 2_590,
    });
    expect(monthAt(terms, '2099-01-18', null, '2099-03-31')).toMatchObject({ periodEnd: '2099-02-17' });
    expect(monthAt(terms, '2099-01-18', null, '2099-01-18')).toMatchObject({
      periodEnd: '2099-01-18',
      amountMinor: 3_871,
    });
  });

  it('bills hours beyond the included ones at the overage rate, by the minute, and nothing within them', () => {
    // $1,200 for 40 h is $30 an hour; overage at 1.5× is $45.
    expect(defaultOverageRate(terms)).toBe(4_500);
    expect(defaultOverageRate({ monthlyAmountMinor: 100_000, monthlyHours: 30 })).toBe(5_000);
    expect(overageOf({ overageRateMinor: 4_500 }, { minutesIncluded: 2_400, minutesWorked: 2_600 })).toEqual({
      minutes: 200,
      amountMinor: 15_000,
    });
    // 7 minutes at $45/h is $5.25.
    expect(overageOf({ overageRateMinor: 4_500 }, { minutesIncluded: 2_400, minutesWorked: 2_407 })).toEqual({
      minutes: 7,
      amountMinor: 525,
    });
    expect(overageOf({ overageRateMinor: 4_500 }, { minutesIncluded: 2_400, minutesWorked: 2_400 })).toBeNull();
    expect(overageOf({ overageRateMinor: 4_500 }, { minutesIncluded: 2_400, minutesWorked: 100 })).toBeNull();
  });
});
