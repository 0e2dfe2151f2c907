import { describe, expect, it } from 'vitest';
import { toJobInput, toJobValues } from './job-form';

describe('the job form', () => {
  it('starts a new post in the client’s time zone with sensible defaults', () => {
    const values = toJobValues(null, 'Europe/Berlin');
    expect(values).toMatchObject({ timeZone: 'Europe/Berlin', budgetKind: 'HOURLY', tasks: [''], weeklyHours: 20 });
  });

  it('sends money in minor units, drops empty rows, and keeps the low end only for hourly budgets', () => {
    const values = {
      ...toJobValues(null, 'UTC'),
      tasks: ['Answer e-mails', '  '],
      budgetMin: 12.5,
      budgetMax: '18',
      screeningQuestions: [' Which tools? ', ''],
      workEnd: '00:00',
    };
    expect(toJobInput(values, null)).toMatchObject({
      tasks: ['Answer e-mails'],
      budgetMinMinor: 1250,
      budgetMaxMinor: 1800,
      screeningQuestions: ['Which tools?'],
      workEndMinute: 1440,
    });
    expect(toJobInput({ ...values, budgetKind: 'FIXED' }, 'id-1')).toMatchObject({ id: 'id-1', budgetMinMinor: null });
  });
});
