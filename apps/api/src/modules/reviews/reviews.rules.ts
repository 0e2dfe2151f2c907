import type { ContractSide } from '../contracts/contracts.types.js';

/** What a review rates, by the side it is about: a VA's work, or a client as someone to work for. */
export const RATING_CATEGORIES = {
  freelancer: ['quality', 'communication', 'reliability', 'skills'],
  client: ['clear_requirements', 'communication', 'prompt_payment'],
} as const satisfies Record<ContractSide, readonly string[]>;

export type RatingCategory = (typeof RATING_CATEGORIES)[ContractSide][number];
export type Ratings = Partial<Record<RatingCategory, number>>;

export const COMMENT_MAX = 2_000;
export const PRIVATE_FEEDBACK_MAX = 2_000;
export const REPLY_MAX = 1_000;
export const REPORT_REASON_MAX = 1_000;

/** The side a review written by `author` is about. */
export function otherSide(author: ContractSide): ContractSide {
  return author === 'client' ? 'freelancer' : 'client';
}

/** A whole number of stars from 1 to 5. */
export function isStars(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

/**
 * What is wrong with a review's ratings, by field: stars must be whole numbers from 1 to 5, and every
 * category of the side reviewed must be rated (and no other). Empty when nothing is.
 */
export function ratingProblems(
  about: ContractSide,
  overall: number,
  ratings: Array<{ category: string; stars: number }>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!isStars(overall)) problems.overall = 'stars';
  const expected: readonly string[] = RATING_CATEGORIES[about];
  const given = new Set<string>();
  for (const { category, stars } of ratings) {
    if (!expected.includes(category) || given.has(category)) problems[`ratings.${category}`] = 'unknown';
    else if (!isStars(stars)) problems[`ratings.${category}`] = 'stars';
    given.add(category);
  }
  for (const category of expected) if (!given.has(category)) problems[`ratings.${category}`] = 'required';
  return problems;
}

/**
 * When the n-th periodic cycle of a contract that started at `start` opens: every `months` months,
 * on the same day of the month (the last day when the month is shorter).
 */
export function periodicCycleOpensAt(start: Date, months: number, n: number): Date {
  const target = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + months * n, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
  target.setUTCHours(start.getUTCHours(), start.getUTCMinutes(), start.getUTCSeconds(), start.getUTCMilliseconds());
  return target;
}

/** How many periodic cycles a contract that started at `start` is due by `now`. */
export function periodicCyclesDue(start: Date, months: number, now: Date): number {
  let n = 0;
  while (periodicCycleOpensAt(start, months, n + 1) <= now) n += 1;
  return n;
}
