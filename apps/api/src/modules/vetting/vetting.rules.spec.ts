import { describe, expect, it } from '@jest/globals';
import { nextStage, slaStatus, unmetMustHaves, vettingScore } from './vetting.rules.js';

const HOUR = 3_600_000;

describe('vetting rules', () => {
  it('walks the stages in order and ends at the decision', () => {
    expect(nextStage('screening')).toBe('skills_test');
    expect(nextStage('identity')).toBe('decision');
    expect(nextStage('decision')).toBeNull();
  });

  it('colours the SLA: on track, due soon in its last quarter, then overdue', () => {
    const entered = new Date('2026-11-01T00:00:00Z');
    const at = (hours: number) => new Date(entered.getTime() + hours * HOUR);
    expect(slaStatus('screening', entered, at(35))).toBe('on_track');
    expect(slaStatus('screening', entered, at(37))).toBe('due_soon');
    expect(slaStatus('screening', entered, at(49))).toBe('overdue');
    expect(slaStatus('decision', entered, at(25))).toBe('overdue');
  });

  it('names only must-haves below the bar', () => {
    expect(
      unmetMustHaves([
        { criterion: 'a', weight: 'must_have', rating: 2 },
        { criterion: 'b', weight: 'nice_to_have', rating: 1 },
        { criterion: 'c', weight: 'must_have', rating: 3 },
      ]),
    ).toEqual(['a']);
  });

  it('weighs must-haves most in the score and blends in the tests', () => {
    const allExceed = [{ criterion: 'a', weight: 'must_have' as const, rating: 4 }];
    expect(vettingScore(allExceed, [])).toBe(100);
    expect(vettingScore(allExceed, [50])).toBe(80);
    const mustHigh = [
      { criterion: 'a', weight: 'must_have' as const, rating: 4 },
      { criterion: 'b', weight: 'bonus' as const, rating: 1 },
    ];
    const mustLow = [
      { criterion: 'a', weight: 'must_have' as const, rating: 1 },
      { criterion: 'b', weight: 'bonus' as const, rating: 4 },
    ];
    expect(vettingScore(mustHigh, [])).toBe(75);
    expect(vettingScore(mustLow, [])).toBe(25);
    expect(vettingScore([], [90, 70])).toBe(80);
    expect(vettingScore([], [])).toBe(0);
  });
});
