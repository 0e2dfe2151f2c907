import { describe, expect, it } from '@jest/globals';
import { offerTerms, offerValue, type TermsInput } from './offer-terms.js';

const TODAY = '2026-11-23';
const base: TermsInput = { kind: 'hourly', milestones: [], trialWeeks: 0, startDate: '2026-12-01' };

describe('offer terms', () => {
  it('keeps only the amounts the kind of contract uses', () => {
    expect(
      offerTerms(
        {
          ...base,
          hourlyRateMinor: 1600,
          weeklyLimitHours: 20,
          monthlyAmountMinor: 90000,
          milestones: [{ title: 'Set up', amountMinor: 5000 }],
        },
        'EUR',
        TODAY,
      ),
    ).toEqual({
      terms: {
        kind: 'hourly',
        currency: 'EUR',
        hourlyRateMinor: 1600,
        weeklyLimitHours: 20,
        monthlyAmountMinor: null,
        monthlyHours: null,
        rolloverCapHours: null,
        noticeDays: null,
        overageRateMinor: null,
        trialWeeks: 0,
        startDate: '2026-12-01',
      },
      milestones: [],
    });
  });

  it('names every missing amount for the kind', () => {
    expect(offerTerms({ ...base, kind: 'hourly' }, 'EUR', TODAY)).toEqual({
      problems: { hourlyRateMinor: 'required', weeklyLimitHours: 'required' },
    });
    expect(offerTerms({ ...base, kind: 'retainer', monthlyHours: 40 }, 'EUR', TODAY)).toEqual({
      problems: { monthlyAmountMinor: 'required' },
    });
    expect(offerTerms({ ...base, kind: 'fixed' }, 'EUR', TODAY)).toEqual({ problems: { milestones: 'required' } });
  });

  it('refuses a start before today where the job is, and milestones due before the start', () => {
    expect(
      offerTerms(
        {
          ...base,
          kind: 'fixed',
          startDate: '2026-11-22',
          milestones: [
            { title: 'Set up', amountMinor: 5000, dueDate: '2026-11-30' },
            { title: 'Too early', amountMinor: 5000, dueDate: '2026-11-21' },
          ],
        },
        'EUR',
        TODAY,
      ),
    ).toEqual({ problems: { startDate: 'inPast', 'milestones.1.dueDate': 'beforeStart' } });
  });

  it('refuses a milestone below the minimum in the job’s currency', () => {
    const milestones = [
      { title: 'Too small', amountMinor: 431 },
      { title: 'Just enough', amountMinor: 432 },
    ];
    expect(offerTerms({ ...base, kind: 'fixed', milestones }, 'EUR', TODAY, 432)).toEqual({
      problems: { 'milestones.0.amountMinor': 'belowMinimum' },
    });
  });

  it('keeps a fixed price’s milestones in order', () => {
    const result = offerTerms(
      {
        ...base,
        kind: 'fixed',
        milestones: [
          { title: 'Set up', amountMinor: 5000 },
          { title: 'First month', amountMinor: 20000, dueDate: '2027-01-01' },
        ],
      },
      'EUR',
      TODAY,
    );
    expect(result).toMatchObject({
      milestones: [
        { title: 'Set up', amountMinor: 5000, dueDate: null },
        { title: 'First month', amountMinor: 20000, dueDate: '2027-01-01' },
      ],
    });
  });

  it("gives a retainer the field's rollover cap, notice and overage rate, and prices each period at least the minimum", () => {
    const retainer = { ...base, kind: 'retainer' as const, monthlyAmountMinor: 120_000, monthlyHours: 40 };
    expect(offerTerms(retainer, 'EUR', TODAY, 500)).toMatchObject({
      terms: { rolloverCapHours: 10, noticeDays: 14, overageRateMinor: 4_500 },
      milestones: [],
    });
    expect(
      offerTerms({ ...retainer, rolloverCapHours: 0, noticeDays: 30, overageRateMinor: 3_000 }, 'EUR', TODAY, 500),
    ).toMatchObject({ terms: { rolloverCapHours: 0, noticeDays: 30, overageRateMinor: 3_000 } });
    expect(offerTerms({ ...retainer, monthlyAmountMinor: 400 }, 'EUR', TODAY, 500)).toEqual({
      problems: { monthlyAmountMinor: 'belowMinimum' },
    });
    // A one-week trial of a €10.00 month is €2.33: below a €5.00 minimum.
    expect(offerTerms({ ...retainer, monthlyAmountMinor: 1_000, trialWeeks: 1 }, 'EUR', TODAY, 500)).toEqual({
      problems: { trialWeeks: 'belowMinimum' },
    });
  });

  it('values an offer by what it commits the business to', () => {
    const terms = (input: Partial<TermsInput>) => {
      const result = offerTerms({ ...base, ...input }, 'EUR', TODAY);
      if ('problems' in result) throw new Error(JSON.stringify(result.problems));
      return offerValue(result.terms, result.milestones);
    };
    expect(terms({ hourlyRateMinor: 1600, weeklyLimitHours: 20 })).toBe(32_000);
    expect(terms({ kind: 'retainer', monthlyAmountMinor: 120_000, monthlyHours: 40 })).toBe(120_000);
    expect(
      terms({
        kind: 'fixed',
        milestones: [
          { title: 'Set up', amountMinor: 5_000 },
          { title: 'Run', amountMinor: 7_500 },
        ],
      }),
    ).toBe(12_500);
  });
});
