import { describe, expect, it } from '@jest/globals';
import {
  firstWeek,
  minutesCost,
  nextWeek,
  resumeFrom,
  reviewWindow,
  weekEndOf,
  weekOverAt,
  weeksContinue,
} from './hourly-plan.js';

const MONDAY = { weekStartsOn: 1, opensAfterHours: 12, closesAfterHours: 120 };
const terms = { startDate: '2026-12-02', hourlyRateMinor: 1500, weeklyLimitHours: 10 };

describe('hourly weeks', () => {
  it('ends a week on the day before the week starts again', () => {
    // 2026-12-02 is a Wednesday; 2026-12-06 a Sunday; 2026-12-07 a Monday.
    expect(weekEndOf('2026-12-02', 1)).toBe('2026-12-06');
    expect(weekEndOf('2026-12-06', 1)).toBe('2026-12-06');
    expect(weekEndOf('2026-12-07', 1)).toBe('2026-12-13');
    expect(weekEndOf('2026-12-02', 7)).toBe('2026-12-05');
  });

  it('funds the first week at its limit from the start date to the end of its week', () => {
    expect(firstWeek(terms, MONDAY)).toEqual({
      title: 'Week of 2026-12-02',
      periodStart: '2026-12-02',
      periodEnd: '2026-12-06',
      amountMinor: 15_000,
      minutesIncluded: 600,
    });
  });

  it('charges the next week its limit less what the week before carried into it', () => {
    expect(nextWeek(terms, '2026-12-06', 4_500, MONDAY)).toMatchObject({
      periodStart: '2026-12-07',
      periodEnd: '2026-12-13',
      amountMinor: 10_500,
      minutesIncluded: 600,
    });
    expect(nextWeek(terms, '2026-12-06', 15_000, MONDAY).amountMinor).toBe(0);
    expect(() => nextWeek(terms, '2026-12-06', 15_001, MONDAY)).toThrow();
  });

  it('prices minutes at the rate, to the minor unit', () => {
    expect(minutesCost(90, 1500)).toBe(2250);
    expect(minutesCost(7, 1000)).toBe(117);
  });

  it('reviews a week from Monday 12:00 to Friday 23:59:59 UTC after it', () => {
    const { opensAt, closesAt } = reviewWindow('2026-12-06', MONDAY);
    expect(opensAt.toISOString()).toBe('2026-12-07T12:00:00.000Z');
    expect(closesAt.toISOString()).toBe('2026-12-12T00:00:00.000Z');
    expect(weekOverAt('2026-12-06').toISOString()).toBe('2026-12-07T00:00:00.000Z');
  });

  it('resumes a paused contract today, or after its last week when that was handed in early', () => {
    expect(resumeFrom('2026-12-09', '2026-12-06')).toBe('2026-12-09');
    expect(resumeFrom('2026-12-09', '2026-12-13')).toBe('2026-12-14');
    expect(resumeFrom('2026-12-09', null)).toBe('2026-12-09');
  });

  it('goes on to another week only while the contract runs and is not paused', () => {
    expect(weeksContinue({ status: 'active', pausedAt: null })).toBe(true);
    expect(weeksContinue({ status: 'active', pausedAt: new Date() })).toBe(false);
    expect(weeksContinue({ status: 'ended', pausedAt: null })).toBe(false);
  });
});
