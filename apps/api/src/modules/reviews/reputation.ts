/**
 * Reputation, published: pure functions, the same words in the README and on each app's
 * "How reputation works" page.
 *
 * A score from 0 to 100 blends two Bayesian estimates, so a few reviews move it a little and many
 * move it a lot:
 * - the average rating (1–5 stars) from the other side's revealed reviews, each weighted by the
 *   contract's value and by how recent the review is, pulled towards a neutral prior;
 * - the success rate: contracts that ended without money going back to the client, pulled
 *   towards a neutral prior.
 * score = 100 × (0.7 × (rating − 1) / 4 + 0.3 × successRate)
 * With no history both estimates are their priors, so a newcomer has the neutral score (80) and
 * vetting carries them.
 */

/** The prior a rating average starts from, and how many full-weight reviews it counts as. */
export const RATING_PRIOR = { mean: 4, weight: 3 } as const;
/** The prior a success rate starts from, and how many contracts it counts as. */
export const SUCCESS_PRIOR = { rate: 0.9, weight: 2 } as const;
/** A review's weight halves every this many days. */
export const HALF_LIFE_DAYS = 365;
/** The rating's share of the score; the success rate has the rest. */
export const RATING_SHARE = 0.7;

const DAY_MS = 86_400_000;

/** Why a contract counts, or does not, towards a reputation (shown next to it). */
export type Exclusion =
  /** The business ended it without ever paying into escrow: nothing to judge. */
  | 'abandoned_unfunded'
  /** Ops decided a dispute on it in the VA's favour: it counts as a success, never against them. */
  | 'dispute_ruled_for_freelancer'
  /** The other side never wrote: no rating, no penalty. */
  | 'no_review'
  /** Delegate hid the review for breaking the rules for reviews. */
  | 'review_hidden'
  /** It goes on: it joins the success rate when it ends. */
  | 'ongoing';

/** What one contract brought to a reputation, as the formula needs it. */
export interface ContractRecord {
  contractId: string;
  /** Money released to the VA on it, in US cents (converted at each release's rate). */
  valueUsdMinor: number;
  ended: boolean;
  /** The business paid nothing into escrow on it. */
  unfunded: boolean;
  /** Money went back to the client: a refund, or a dispute lost by the VA. */
  refunded: boolean;
  /** Ops decided a dispute on it in the VA's favour (half or more of what was held). */
  disputeRuledForFreelancer: boolean;
  /** The other side's revealed reviews on it (one per round), hidden ones included, flagged. */
  reviews: Array<{ stars: number; revealedAt: Date; hidden: boolean }>;
  /** Revealed rounds on it in which the other side never wrote. */
  silentRounds: number;
}

export interface Contribution {
  contractId: string;
  /** The reviews' weights and stars that entered the rating (empty when none counted). */
  ratings: Array<{ stars: number; weight: number }>;
  /** Whether it entered the success rate, and as what. */
  success: boolean | null;
  exclusions: Exclusion[];
}

export interface Reputation {
  score: number;
  /** The weighted, prior-pulled average rating, 1–5. */
  rating: number;
  successRate: number;
  /** Revealed, counted reviews and finished, counted contracts: small numbers read as small. */
  reviewCount: number;
  contractCount: number;
  /** No history yet: the score is the neutral value, stated as such. */
  neutral: boolean;
  contributions: Contribution[];
}

/** How much a contract's review weighs by its value: 1 at nothing, doubling about every tenfold value. */
export function valueWeight(valueUsdMinor: number): number {
  return Math.log2(2 + Math.max(0, valueUsdMinor) / 10_000);
}

/** How much a review weighs by its age: 1 when new, half after `HALF_LIFE_DAYS`. */
export function recencyWeight(revealedAt: Date, now: Date): number {
  const ageDays = Math.max(0, now.getTime() - revealedAt.getTime()) / DAY_MS;
  return 0.5 ** (ageDays / HALF_LIFE_DAYS);
}

/** A reputation from the contracts of one VA (or one business), at `now`. */
export function reputation(contracts: ContractRecord[], now: Date): Reputation {
  let weightedStars = 0;
  let totalWeight = 0;
  let reviewCount = 0;
  let successes = 0;
  let contractCount = 0;
  const contributions = contracts.map((contract): Contribution => {
    const exclusions: Exclusion[] = [];
    if (contract.unfunded) {
      return { contractId: contract.contractId, ratings: [], success: null, exclusions: ['abandoned_unfunded'] };
    }
    const ratings: Contribution['ratings'] = [];
    for (const review of contract.reviews) {
      if (review.hidden) {
        exclusions.push('review_hidden');
        continue;
      }
      const weight = valueWeight(contract.valueUsdMinor) * recencyWeight(review.revealedAt, now);
      ratings.push({ stars: review.stars, weight });
      weightedStars += weight * review.stars;
      totalWeight += weight;
      reviewCount += 1;
    }
    if (contract.silentRounds > 0 || (contract.ended && contract.reviews.length === 0)) exclusions.push('no_review');
    let success: boolean | null = null;
    if (!contract.ended) exclusions.push('ongoing');
    else {
      if (contract.disputeRuledForFreelancer) exclusions.push('dispute_ruled_for_freelancer');
      success = contract.disputeRuledForFreelancer || !contract.refunded;
      successes += success ? 1 : 0;
      contractCount += 1;
    }
    return { contractId: contract.contractId, ratings, success, exclusions };
  });
  const rating = (RATING_PRIOR.mean * RATING_PRIOR.weight + weightedStars) / (RATING_PRIOR.weight + totalWeight);
  const successRate = (SUCCESS_PRIOR.rate * SUCCESS_PRIOR.weight + successes) / (SUCCESS_PRIOR.weight + contractCount);
  return {
    score: Math.round(100 * (RATING_SHARE * ((rating - 1) / 4) + (1 - RATING_SHARE) * successRate)),
    rating,
    successRate,
    reviewCount,
    contractCount,
    neutral: reviewCount === 0 && contractCount === 0,
    contributions,
  };
}

/** The score of someone with no history: both estimates at their priors. */
export const NEUTRAL_SCORE = reputation([], new Date(0)).score;
