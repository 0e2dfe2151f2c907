import { describe, expect, it } from '@jest/globals';
import { crossesWeekEnd, inFuture, minutesLeft, overlaps, placeEntry, weekDayOf } from './time-rules.js';

describe('time entries', () => {
  it('places a local day and times in UTC, an end before the start on the next day', () => {
    expect(placeEntry({ workDate: '2026-12-03', startTime: '09:00', endTime: '11:30' }, 'Asia/Manila')).toEqual({
      workDate: '2026-12-03',
      startedAt: new Date('2026-12-03T01:00:00Z'),
      endedAt: new Date('2026-12-03T03:30:00Z'),
      minutes: 150,
    });
    // A night shift in Manila: 21:00 to 05:00 is eight hours, ending the next day.
    const night = placeEntry({ workDate: '2026-12-03', startTime: '21:00', endTime: '05:00' }, 'Asia/Manila');
    expect(night).toMatchObject({ minutes: 480, endedAt: new Date('2026-12-03T21:00:00Z') });
    expect(weekDayOf(night as { workDate: string; startedAt: Date })).toBe('2026-12-03');
  });

  it('takes summer time into account', () => {
    // 29 March 2026: clocks in Rome go from 02:00 to 03:00, so 01:00–04:00 is two hours.
    expect(placeEntry({ workDate: '2026-03-29', startTime: '01:00', endTime: '04:00' }, 'Europe/Rome')).toMatchObject({
      minutes: 120,
    });
  });

  it('takes a day and a duration, and asks for one or the other', () => {
    expect(placeEntry({ workDate: '2026-12-03', minutes: 45 }, 'UTC')).toEqual({
      workDate: '2026-12-03',
      startedAt: null,
      endedAt: null,
      minutes: 45,
    });
    expect(placeEntry({ workDate: '2026-12-03' }, 'UTC')).toEqual({ field: 'minutes', rule: 'required' });
    expect(placeEntry({ workDate: '2026-12-03', startTime: '09:00' }, 'UTC')).toEqual({
      field: 'endTime',
      rule: 'required',
    });
    expect(placeEntry({ workDate: '2026-12-03', startTime: '09:00', endTime: '09:00' }, 'UTC')).toEqual({
      field: 'endTime',
      rule: 'sameAsStart',
    });
    expect(placeEntry({ workDate: '2026-12-03', startTime: '09:00', endTime: '10:00', minutes: 60 }, 'UTC')).toEqual({
      field: 'minutes',
      rule: 'either',
    });
  });

  it('refuses time after now, by the end or by the local day', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    const later = placeEntry({ workDate: '2026-12-03', startTime: '09:00', endTime: '11:00' }, 'UTC');
    expect(inFuture(later as never, 'UTC', now)).toBe(true);
    // At 17:00 UTC it is already 4 December in Manila, and still 3 December in London.
    const evening = new Date('2026-12-03T17:00:00Z');
    const tomorrow = { workDate: '2026-12-04', startedAt: null, endedAt: null, minutes: 30 };
    expect(inFuture(tomorrow, 'Asia/Manila', evening)).toBe(false);
    expect(inFuture(tomorrow, 'Europe/London', evening)).toBe(true);
  });

  it('finds overlaps between timed entries, a running timer counting to now', () => {
    const at = (hours: number) => new Date(Date.UTC(2026, 11, 3, hours));
    const now = at(12);
    expect(overlaps({ startedAt: at(9), endedAt: at(10) }, { startedAt: at(10), endedAt: at(11) }, now)).toBe(false);
    expect(overlaps({ startedAt: at(9), endedAt: at(11) }, { startedAt: at(10), endedAt: at(12) }, now)).toBe(true);
    expect(overlaps({ startedAt: at(11), endedAt: null }, { startedAt: at(9), endedAt: at(12) }, now)).toBe(true);
    expect(overlaps({ startedAt: null, endedAt: null }, { startedAt: at(9), endedAt: at(12) }, now)).toBe(false);
    expect(crossesWeekEnd({ endedAt: at(13) }, at(12))).toBe(true);
  });

  it('leaves the week’s limit, never more than escrow holds', () => {
    const week = { minutesIncluded: 600, minutesLogged: 120, heldMinor: 15_000, hourlyRateMinor: 1500 };
    expect(minutesLeft(week)).toBe(480);
    expect(minutesLeft({ ...week, heldMinor: 3_000 })).toBe(0);
    expect(minutesLeft({ ...week, heldMinor: 0 })).toBe(0);
  });
});
