import { describe, expect, it } from '@jest/globals';
import { evaluate, FACTORS, type MatchFeatures, NEUTRAL_REPUTATION, score } from './scoring.js';

/** A solid candidate: every must-have at advanced level, within budget, a full working day shared. */
const base: MatchFeatures = {
  mustShare: 1,
  mustLevel: 0.75,
  badgeShare: 0.5,
  niceShare: 1,
  bonusShare: 0,
  languagesMet: 1,
  languageMargin: 1,
  rateRatio: 0.9,
  overlapMinutes: 240,
  overlapShare: 0.5,
  capacityRatio: 1.5,
  vettingScore: 80,
  textRank: 0.1,
  responseHours: null,
  reputationScore: null,
};
const demands = { minOverlapMinutes: 120 };
const scoreOf = (changes: Partial<MatchFeatures>) => evaluate({ ...base, ...changes }, demands)?.score;

describe('match scoring', () => {
  it('gives 100 points in all', () => {
    expect(Object.values(FACTORS).reduce((sum, factor) => sum + factor.points, 0)).toBe(100);
  });

  it('excludes a VA missing a must-have skill, however strong otherwise', () => {
    expect(evaluate({ ...base, mustShare: 0.5, mustLevel: 1, badgeShare: 1, vettingScore: 100 }, demands)).toBeNull();
  });

  it('excludes a VA below the language level, the overlap asked for, or without the weekly hours', () => {
    expect(evaluate({ ...base, languagesMet: 0 }, demands)).toBeNull();
    expect(evaluate({ ...base, overlapMinutes: 119, overlapShare: 0.25 }, demands)).toBeNull();
    expect(evaluate({ ...base, capacityRatio: 0.9 }, demands)).toBeNull();
    expect(evaluate({ ...base, overlapMinutes: 120 }, demands)).not.toBeNull();
  });

  it('ranks more working-hours overlap higher at equal skills', () => {
    expect(scoreOf({ overlapMinutes: 420, overlapShare: 0.875 })).toBeGreaterThan(scoreOf({}) as number);
  });

  it('ranks a VA over budget lower, and lower the further over', () => {
    const within = scoreOf({ rateRatio: 1 }) as number;
    const over = scoreOf({ rateRatio: 1.2 }) as number;
    const farOver = scoreOf({ rateRatio: 1.6 }) as number;
    expect(over).toBeLessThan(within);
    expect(farOver).toBeLessThan(over);
    // Under budget earns no more than at budget: a cheaper VA is not a better one.
    expect(scoreOf({ rateRatio: 0.5 })).toBe(within);
  });

  it('counts skill levels and tested badges', () => {
    expect(scoreOf({ mustLevel: 1 })).toBeGreaterThan(scoreOf({}) as number);
    expect(scoreOf({ badgeShare: 1 })).toBeGreaterThan(scoreOf({}) as number);
  });

  it('scores an unknown rate or response time as neutral, not as the worst', () => {
    const unknownRate = scoreOf({ rateRatio: null }) as number;
    expect(unknownRate).toBeLessThan(scoreOf({ rateRatio: 1 }) as number);
    expect(unknownRate).toBeGreaterThan(scoreOf({ rateRatio: 1.5 }) as number);
    expect(scoreOf({ responseHours: 1 })).toBeGreaterThan(scoreOf({ responseHours: null }) as number);
  });

  it("counts a newcomer's reputation as the neutral value, between a poor and a strong one", () => {
    const newcomer = scoreOf({ reputationScore: null }) as number;
    expect(newcomer).toBe(scoreOf({ reputationScore: NEUTRAL_REPUTATION }));
    expect(newcomer).toBeGreaterThan(scoreOf({ reputationScore: 50 }) as number);
    expect(newcomer).toBeLessThan(scoreOf({ reputationScore: 95 }) as number);
    expect(scoreOf({ reputationScore: 40 })).toBe(scoreOf({ reputationScore: 10 }));
  });

  it('reads a match stored before reputation existed as neutral', () => {
    const { reputationScore: _missing, ...stored } = base;
    expect(score(stored as MatchFeatures).score).toBe(score(base).score);
  });

  it('explains a score as points per factor that add up to it', () => {
    const { score: total, factors } = score(base);
    expect(factors.map((factor) => factor.factor)).toEqual(Object.keys(FACTORS));
    expect(factors.reduce((sum, factor) => sum + factor.points, 0)).toBeCloseTo(total, 1);
    expect(factors.find((factor) => factor.factor === 'overlap')).toEqual({
      factor: 'overlap',
      points: 6,
      maxPoints: 12,
    });
  });
});
