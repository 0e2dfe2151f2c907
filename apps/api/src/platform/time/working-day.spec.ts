import { describe, expect, it } from '@jest/globals';
import { endsNextDay, workingDayMinutes } from './working-day.js';

describe('working days', () => {
  it.each([
    [9 * 60, 17 * 60, 480, false],
    [22 * 60, 6 * 60, 480, true],
    [0, 1440, 1440, false],
    [8 * 60, 8 * 60, 1440, true],
    [23 * 60 + 30, 30, 60, true],
  ])('from %i to %i lasts %i minutes (next day: %s)', (start, end, minutes, nextDay) => {
    expect(workingDayMinutes(start, end)).toBe(minutes);
    expect(endsNextDay(start, end)).toBe(nextDay);
  });
});
