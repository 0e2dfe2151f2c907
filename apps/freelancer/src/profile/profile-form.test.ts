import { minutesToTime, timeToMinutes } from '@delegate/ui';
import { describe, expect, it } from 'vitest';
import { toFormValues, toInput } from './profile-form';

describe('profile form conversions', () => {
  it('round-trips a stored profile through the form without drift', () => {
    const stored = {
      headline: 'VA',
      bio: '',
      hourlyRateMinor: 1995,
      currency: 'EUR',
      weeklyCapacityHours: 25,
      country: 'PH',
      workStartMinute: 8 * 60 + 30,
      workEndMinute: 17 * 60,
      skills: [{ skill: { id: 's1' }, level: 'EXPERT' as const, years: 4 }],
      languages: [{ language: 'en', level: 'C1' as const }],
      workHistory: [{ company: 'Shop', role: 'VA', startMonth: '2020-01', endMonth: null, description: '' }],
      portfolioLinks: [{ label: 'Site', url: 'https://shop.example' }],
      references: [{ name: 'A', relationship: 'Manager', company: 'Shop', email: 'a@shop.example', phone: null }],
    };
    expect(toInput(toFormValues(stored))).toEqual({
      ...stored,
      skills: [{ skillId: 's1', level: 'EXPERT', years: 4 }],
    });
  });

  it('rounds a decimal rate to whole minor units and leaves an empty rate unset', () => {
    expect(toInput({ ...toFormValues(null), hourlyRate: 12.345 }).hourlyRateMinor).toBe(1235);
    expect(toInput({ ...toFormValues(null), hourlyRate: 0.1 + 0.2 }).hourlyRateMinor).toBe(30);
    expect(toInput(toFormValues(null)).hourlyRateMinor).toBeNull();
  });

  it('converts working hours, treating midnight as the end of the day', () => {
    expect(timeToMinutes('09:15')).toBe(555);
    expect(minutesToTime(1439)).toBe('23:59');
    expect(toInput({ ...toFormValues(null), workEnd: '00:00' }).workEndMinute).toBe(1440);
  });
});
