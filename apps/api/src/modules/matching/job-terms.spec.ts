import { describe, expect, it } from '@jest/globals';
import { minorUnitFactors } from '../../platform/money/fx.js';
import { dailyOverlapMinutes, utcWorkingDay } from '../../platform/time/working-day.js';
import { hourlyBudgetMinor } from './job-terms.js';

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

  describe('overlap of working days, across midnight and summer time', () => {
    const day = (zone: string, start: string, end: string, at: string) => {
      const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3));
      return utcWorkingDay(zone, minutes(start), minutes(end), new Date(at));
    };
    const overlap = (a: Parameters<typeof day>, b: Parameters<typeof day>) => dailyOverlapMinutes(day(...a), day(...b));

    it('gives a VA in Manila working 22:00–06:00 all of a New York working day', () => {
      // Winter: New York is UTC−5, so 09:00–17:00 is 14:00–22:00 UTC, exactly Manila's night shift.
      const winter = '2026-12-01T12:00:00Z';
      expect(day('Asia/Manila', '22:00', '06:00', winter)).toEqual({ start: 840, end: 1320 });
      expect(overlap(['Asia/Manila', '22:00', '06:00', winter], ['America/New_York', '09:00', '17:00', winter])).toBe(
        480,
      );
      // Summer: New York is UTC−4 and starts an hour earlier; Manila has no summer time.
      const summer = '2026-07-01T12:00:00Z';
      expect(overlap(['Asia/Manila', '22:00', '06:00', summer], ['America/New_York', '09:00', '17:00', summer])).toBe(
        420,
      );
    });

    it('follows Istanbul and Helsinki in and out of summer time', () => {
      // Istanbul keeps UTC+3; Helsinki is UTC+2 in winter, UTC+3 from the last Sunday of March.
      const nineToFive = (zone: string, at: string): Parameters<typeof day> => [zone, '09:00', '17:00', at];
      expect(
        overlap(
          nineToFive('Europe/Istanbul', '2027-01-11T12:00:00Z'),
          nineToFive('Europe/Helsinki', '2027-01-11T12:00:00Z'),
        ),
      ).toBe(420);
      expect(
        overlap(
          nineToFive('Europe/Istanbul', '2027-03-29T12:00:00Z'),
          nineToFive('Europe/Helsinki', '2027-03-29T12:00:00Z'),
        ),
      ).toBe(480);
    });

    it('counts the week between the American and European changes of the clocks', () => {
      // 2027-03-16: New York is already on summer time (UTC−4), London not yet (UTC+0).
      const at = '2027-03-16T12:00:00Z';
      expect(overlap(['Europe/London', '09:00', '17:00', at], ['America/New_York', '09:00', '17:00', at])).toBe(240);
      expect(
        overlap(
          ['Europe/London', '09:00', '17:00', '2027-04-06T12:00:00Z'],
          ['America/New_York', '09:00', '17:00', '2027-04-06T12:00:00Z'],
        ),
      ).toBe(180);
    });

    it('counts a 24-hour day once, and a day crossing midnight UTC against both neighbours', () => {
      const at = '2026-12-01T12:00:00Z';
      expect(overlap(['UTC', '08:00', '08:00', at], ['America/New_York', '09:00', '17:00', at])).toBe(480);
      // Sydney's 09:00–17:00 (UTC+11) is 22:00–06:00 UTC: two hours before midnight, six after.
      expect(overlap(['Australia/Sydney', '09:00', '17:00', at], ['UTC', '20:00', '02:00', at])).toBe(240);
    });
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
