import { describe, expect, it } from '@jest/globals';
import { feeOnRelease, prorate, shareOf, split } from './shares.js';

describe('shares of money', () => {
  it('rounds a fee half up to the minor unit', () => {
    expect(shareOf(10_000, 1_000)).toBe(1_000);
    // 10% of $0.05 is half a cent: rounded up. 10% of $0.04 is 0.4 cents: rounded down.
    expect(shareOf(5, 1_000)).toBe(1);
    expect(shareOf(4, 1_000)).toBe(0);
    expect(shareOf(1_999, 1_250)).toBe(250);
    expect(shareOf(0, 1_000)).toBe(0);
    expect(shareOf(123_456, 10_000)).toBe(123_456);
  });

  it('splits so the parts add up to the whole', () => {
    expect(split(1, 6_000)).toEqual([1, 0]);
    expect(split(10_001, 6_000)).toEqual([6_001, 4_000]);
    for (const amount of [0, 1, 2, 3, 99, 1_001, 33_333, 9_999_999]) {
      for (const rate of [0, 1, 3_333, 5_000, 6_000, 9_999, 10_000]) {
        const [first, second] = split(amount, rate);
        expect(first + second).toBe(amount);
        expect(Math.min(first, second)).toBeGreaterThanOrEqual(0);
      }
    }
  });

  it('refuses fractions, negative amounts and rates outside 0–100%', () => {
    expect(() => shareOf(1.5, 1_000)).toThrow(RangeError);
    expect(() => shareOf(-1, 1_000)).toThrow(RangeError);
    expect(() => shareOf(100, 10_001)).toThrow(RangeError);
    expect(() => shareOf(100, 12.5)).toThrow(RangeError);
    expect(() => shareOf(Number.MAX_SAFE_INTEGER, 5_000)).toThrow(RangeError);
  });

  it('prorates half up: two weeks of a €1,000.00 month are €466.67', () => {
    expect(prorate(100_000, 14, 30)).toBe(46_667);
    expect(prorate(100_000, 30, 30)).toBe(100_000);
    expect(prorate(1, 1, 2)).toBe(1);
    expect(prorate(1, 1, 3)).toBe(0);
    expect(prorate(0, 7, 30)).toBe(0);
    expect(() => prorate(100, 1, 0)).toThrow(RangeError);
    expect(() => prorate(100, 1.5, 30)).toThrow(RangeError);
  });

  it('books exactly the fee on the total released, however the releases are split', () => {
    // Three releases of 5.05 would each round 0.505 up: 1.53 in fees instead of 1.52 on 15.15.
    expect([0, 505, 1_010].map((before) => feeOnRelease(before, 505, 1_000))).toEqual([51, 50, 51]);
    let seed = 7;
    const random = (limit: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return 1 + (seed % limit);
    };
    for (let sequence = 0; sequence < 1_000; sequence++) {
      const basisPoints = random(10_000) - 1;
      let released = 0;
      let fees = 0;
      for (let release = random(12); release > 0; release--) {
        const amount = random(100_000);
        const fee = feeOnRelease(released, amount, basisPoints);
        expect(fee).toBeGreaterThanOrEqual(0);
        expect(fee).toBeLessThanOrEqual(amount);
        fees += fee;
        released += amount;
      }
      expect(fees).toBe(shareOf(released, basisPoints));
    }
  });
});
