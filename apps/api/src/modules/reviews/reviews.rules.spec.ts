import { describe, expect, it } from '@jest/globals';
import { otherSide, periodicCycleOpensAt, periodicCyclesDue, ratingProblems } from './reviews.rules.js';

const vaRatings = (stars: number) =>
  ['quality', 'communication', 'reliability', 'skills'].map((category) => ({ category, stars }));

describe('review rules', () => {
  it('accepts whole stars from 1 to 5 for every category of the side reviewed', () => {
    expect(ratingProblems('freelancer', 5, vaRatings(4))).toEqual({});
    expect(
      ratingProblems('client', 1, [
        { category: 'clear_requirements', stars: 1 },
        { category: 'communication', stars: 5 },
        { category: 'prompt_payment', stars: 3 },
      ]),
    ).toEqual({});
  });

  it('names each wrong field: stars outside 1–5 or fractional, missing, unknown or repeated categories', () => {
    expect(ratingProblems('freelancer', 6, vaRatings(0))).toEqual({
      overall: 'stars',
      'ratings.quality': 'stars',
      'ratings.communication': 'stars',
      'ratings.reliability': 'stars',
      'ratings.skills': 'stars',
    });
    expect(ratingProblems('freelancer', 4.5, vaRatings(3))).toEqual({ overall: 'stars' });
    expect(
      ratingProblems('client', 3, [
        { category: 'quality', stars: 3 },
        { category: 'communication', stars: 3 },
        { category: 'communication', stars: 4 },
      ]),
    ).toEqual({
      'ratings.quality': 'unknown',
      'ratings.communication': 'unknown',
      'ratings.clear_requirements': 'required',
      'ratings.prompt_payment': 'required',
    });
  });

  it('reviews the other side', () => {
    expect(otherSide('client')).toBe('freelancer');
    expect(otherSide('freelancer')).toBe('client');
  });

  it('opens periodic cycles every n months on the start day, or the month end when shorter', () => {
    const start = new Date('2026-01-31T09:30:00Z');
    expect(periodicCycleOpensAt(start, 3, 1).toISOString()).toBe('2026-04-30T09:30:00.000Z');
    expect(periodicCycleOpensAt(start, 3, 2).toISOString()).toBe('2026-07-31T09:30:00.000Z');
    expect(periodicCyclesDue(start, 3, new Date('2026-04-30T09:29:59Z'))).toBe(0);
    expect(periodicCyclesDue(start, 3, new Date('2026-04-30T09:30:00Z'))).toBe(1);
    expect(periodicCyclesDue(start, 3, new Date('2027-02-01T00:00:00Z'))).toBe(4);
  });
});
