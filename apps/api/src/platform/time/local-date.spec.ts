import { describe, expect, it } from '@jest/globals';
import { localDate } from './local-date.js';

describe('localDate', () => {
  it('is the date where the person is, not in UTC', () => {
    const lateEvening = new Date('2026-11-22T23:30:00Z');
    expect(localDate(lateEvening, 'UTC')).toBe('2026-11-22');
    expect(localDate(lateEvening, 'Europe/Istanbul')).toBe('2026-11-23');
    expect(localDate(new Date('2026-11-23T03:00:00Z'), 'America/Los_Angeles')).toBe('2026-11-22');
  });
});
