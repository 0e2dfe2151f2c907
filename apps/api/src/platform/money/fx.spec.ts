import { describe, expect, it } from '@jest/globals';
import { usdMinorIn } from './fx.js';

const RATES = [
  { currency: 'USD', usdPerUnit: 1 },
  { currency: 'EUR', usdPerUnit: 1.16 },
  { currency: 'TRY', usdPerUnit: 0.0236 },
  { currency: 'JPY', usdPerUnit: 0.0067 },
];

describe('amounts in US cents in another currency', () => {
  it('converts at the rates given and rounds up, so a minimum stays a minimum', () => {
    expect(usdMinorIn(500, 'USD', RATES)).toBe(500);
    // $5.00 is €4.3103…: rounded up to 432 cents, as €4.31 would be less than $5.00.
    expect(usdMinorIn(500, 'EUR', RATES)).toBe(432);
    expect(usdMinorIn(500, 'TRY', RATES)).toBe(21_187);
    // The yen has no minor unit: $5.00 is ¥746.27…, so ¥747.
    expect(usdMinorIn(500, 'JPY', RATES)).toBe(747);
  });

  it('keeps the number as it is for a currency without a rate', () => {
    expect(usdMinorIn(500, 'CHF', RATES)).toBe(500);
  });
});
