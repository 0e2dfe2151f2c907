import { describe, expect, it } from '@jest/globals';
import { NEUTRAL_REPUTATION } from '../matching/scoring.js';
import { type ContractRecord, NEUTRAL_SCORE, recencyWeight, reputation, valueWeight } from './reputation.js';

const NOW = new Date('2026-12-01T00:00:00Z');
const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

function contract(changes: Partial<ContractRecord> = {}): ContractRecord {
  return {
    contractId: `c${Math.random()}`,
    valueUsdMinor: 50_000,
    ended: true,
    unfunded: false,
    refunded: false,
    disputeRuledForFreelancer: false,
    reviews: [{ stars: 5, revealedAt: daysAgo(10), hidden: false }],
    silentRounds: 0,
    ...changes,
  };
}

describe('reputation', () => {
  it('gives a newcomer the neutral score, stated as such', () => {
    const fresh = reputation([], NOW);
    expect(fresh).toMatchObject({ score: NEUTRAL_SCORE, neutral: true, rating: 4, successRate: 0.9 });
    expect(NEUTRAL_SCORE).toBe(80);
  });

  it('moves a little with one review and a lot with many', () => {
    const one = reputation([contract()], NOW).score;
    const many = reputation(
      Array.from({ length: 20 }, () => contract()),
      NOW,
    ).score;
    expect(one).toBeGreaterThan(NEUTRAL_SCORE);
    expect(many).toBeGreaterThan(one);
    expect(many).toBeLessThanOrEqual(100);
    const poor = reputation(
      Array.from({ length: 20 }, () => contract({ reviews: [{ stars: 1, revealedAt: daysAgo(5), hidden: false }] })),
      NOW,
    );
    expect(poor.score).toBeLessThan(40);
  });

  it("does not lower the score for a dispute ops ruled in the VA's favour", () => {
    const clean = reputation([contract(), contract()], NOW);
    const ruledForVa = reputation([contract(), contract({ refunded: true, disputeRuledForFreelancer: true })], NOW);
    const lost = reputation([contract(), contract({ refunded: true })], NOW);
    expect(ruledForVa.score).toBe(clean.score);
    expect(ruledForVa.contributions[1]).toMatchObject({ success: true, exclusions: ['dispute_ruled_for_freelancer'] });
    expect(lost.score).toBeLessThan(clean.score);
  });

  it('weighs recent reviews more than old ones', () => {
    const recentGood = reputation(
      [
        contract({ reviews: [{ stars: 5, revealedAt: daysAgo(1), hidden: false }] }),
        contract({ reviews: [{ stars: 2, revealedAt: daysAgo(900), hidden: false }] }),
      ],
      NOW,
    );
    const recentBad = reputation(
      [
        contract({ reviews: [{ stars: 5, revealedAt: daysAgo(900), hidden: false }] }),
        contract({ reviews: [{ stars: 2, revealedAt: daysAgo(1), hidden: false }] }),
      ],
      NOW,
    );
    expect(recentGood.rating).toBeGreaterThan(recentBad.rating);
    expect(recencyWeight(daysAgo(365), NOW)).toBeCloseTo(0.5);
  });

  it('weighs bigger contracts more than small ones', () => {
    const bigGood = reputation(
      [
        contract({ valueUsdMinor: 1_000_000 }),
        contract({ valueUsdMinor: 1_000, reviews: [{ stars: 1, revealedAt: daysAgo(10), hidden: false }] }),
      ],
      NOW,
    );
    const bigBad = reputation(
      [
        contract({ valueUsdMinor: 1_000 }),
        contract({ valueUsdMinor: 1_000_000, reviews: [{ stars: 1, revealedAt: daysAgo(10), hidden: false }] }),
      ],
      NOW,
    );
    expect(bigGood.rating).toBeGreaterThan(bigBad.rating);
    expect(valueWeight(0)).toBe(1);
    expect(valueWeight(20_000)).toBe(2);
  });

  it('leaves out, and says why: unfunded contracts, silent rounds, hidden reviews, contracts that go on', () => {
    const result = reputation(
      [
        contract({ unfunded: true, refunded: true, reviews: [{ stars: 1, revealedAt: daysAgo(3), hidden: false }] }),
        contract({ reviews: [], silentRounds: 1 }),
        contract({ reviews: [{ stars: 1, revealedAt: daysAgo(3), hidden: true }] }),
        contract({ ended: false, refunded: true }),
      ],
      NOW,
    );
    expect(result.contributions.map((entry) => entry.exclusions)).toEqual([
      ['abandoned_unfunded'],
      ['no_review'],
      ['review_hidden'],
      ['ongoing'],
    ]);
    expect(result.reviewCount).toBe(1);
    expect(result.contractCount).toBe(2);
    // The same as two finished contracts without reviews and one going on with its periodic review.
    const same = reputation([contract({ reviews: [] }), contract({ reviews: [] }), contract({ ended: false })], NOW);
    expect(result.score).toBe(same.score);
  });
});

describe('reputation in ranking', () => {
  it("uses the formula's neutral score for newcomers", () => {
    expect(NEUTRAL_REPUTATION).toBe(NEUTRAL_SCORE);
  });
});
