import { describe, expect, it } from '@jest/globals';
import { convertMinor, usdMinorIn } from './fx.js';

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

describe('amounts from one currency to another', () => {
  it('converts minor units across exponents and rounds half up', () => {
    expect(convertMinor(100_000, 'EUR', 'EUR', RATES)).toBe(100_000);
    // €1,000.00 is $1,160.00.
    expect(convertMinor(100_000, 'EUR', 'USD', RATES)).toBe(116_000);
    // ¥10,000 (no minor unit) is $67.00.
    expect(convertMinor(10_000, 'JPY', 'USD', RATES)).toBe(6_700);
    expect(convertMinor(6_700, 'USD', 'JPY', RATES)).toBe(10_000);
  });

  it('knows no answer for a currency without a rate', () => {
    expect(convertMinor(500, 'CHF', 'USD', RATES)).toBeNull();
  });
});
