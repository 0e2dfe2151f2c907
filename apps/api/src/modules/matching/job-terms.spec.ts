import { describe, expect, it } from '@jest/globals';
import { minorUnitFactors } from '../../platform/money/fx.js';
import { hourlyBudgetMinor, utcWorkingDay } from './job-terms.js';

describe('job terms for matching', () => {
  it('turns any budget into an hourly figure when it can', () => {
    const job = { weeklyHours: 10, durationWeeks: null };
    expect(hourlyBudgetMinor({ ...job, budgetKind: 'hourly', budgetMaxMinor: 1500 })).toBe(1500);
    // 52/12 weeks a month: $1,300 a month for 10 h a week is $30/h.
    expect(hourlyBudgetMinor({ ...job, budgetKind: 'retainer', budgetMaxMinor: 130_000 })).toBe(3000);
    expect(hourlyBudgetMinor({ ...job, budgetKind: 'fixed', budgetMaxMinor: 40_000 })).toBeNull();
    expect(hourlyBudgetMinor({ ...job, durationWeeks: 4, budgetKind: 'fixed', budgetMaxMinor: 40_000 })).toBe(1000);
  });

  it('places a working day in UTC, following summer time and wrapping at midnight', () => {
    const nineToFive = (zone: string, at: string) => utcWorkingDay(zone, 540, 1020, new Date(at));
    expect(nineToFive('America/New_York', '2026-07-01T12:00:00Z')).toEqual({ start: 780, end: 1260 });
    expect(nineToFive('America/New_York', '2026-12-01T12:00:00Z')).toEqual({ start: 840, end: 1320 });
    expect(nineToFive('Asia/Manila', '2026-12-01T12:00:00Z')).toEqual({ start: 60, end: 540 });
    // Sydney in summer (UTC+11): 09:00 is 22:00 UTC the day before, and the day runs past midnight.
    expect(nineToFive('Australia/Sydney', '2026-12-01T12:00:00Z')).toEqual({ start: 1320, end: 1800 });
  });

  it('converts minor units across currencies with different decimals', () => {
    const factors = minorUnitFactors(
      [
        { currency: 'USD', usdPerUnit: 1 },
        { currency: 'EUR', usdPerUnit: 1.1 },
        { currency: 'JPY', usdPerUnit: 0.0066 },
      ],
      'USD',
    );
    expect(factors.get('EUR')).toBeCloseTo(1.1);
    // ¥1 (one minor unit) is 0.66 US cents.
    expect(factors.get('JPY')).toBeCloseTo(0.66);
    expect(minorUnitFactors([{ currency: 'EUR', usdPerUnit: 1.1 }], 'USD').size).toBe(0);
  });
});
