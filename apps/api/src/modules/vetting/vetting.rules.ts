import type { VettingStage } from '../freelancers/freelancers.service.js';

/** The stages an application passes through, in order. `decision` waits for the final approve or reject. */
export const PIPELINE_STAGES = ['screening', 'skills_test', 'interview', 'references', 'identity', 'decision'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number] & VettingStage;

export function nextStage(stage: PipelineStage): PipelineStage | null {
  return PIPELINE_STAGES[PIPELINE_STAGES.indexOf(stage) + 1] ?? null;
}

/**
 * How long an application should wait in each stage before someone acts, in hours. The skills
 * test and interview include the VA's own time (taking the test, picking a slot).
 */
export const STAGE_SLA_HOURS: Record<PipelineStage, number> = {
  screening: 48,
  skills_test: 120,
  interview: 120,
  references: 72,
  identity: 48,
  decision: 24,
};

export type SlaStatus = 'on_track' | 'due_soon' | 'overdue';

/** Due soon in the last quarter of the SLA; overdue after it. Time spent back with the VA is not counted. */
export function slaStatus(stage: PipelineStage, enteredAt: Date, now: Date): SlaStatus {
  const elapsedHours = (now.getTime() - enteredAt.getTime()) / 3_600_000;
  const sla = STAGE_SLA_HOURS[stage];
  if (elapsedHours > sla) return 'overdue';
  return elapsedHours > sla * 0.75 ? 'due_soon' : 'on_track';
}

export const CRITERION_WEIGHTS = ['must_have', 'nice_to_have', 'bonus'] as const;
export type CriterionWeight = (typeof CRITERION_WEIGHTS)[number];

export interface Criterion {
  key: string;
  weight: CriterionWeight;
}

/**
 * What each stage is scored on, following how agencies that admit a few percent screen VAs:
 * must-haves decide, nice-to-haves separate good from great, bonuses are noted. The apps
 * translate each key. Ratings run 1 (poor) to 4 (exceeds); 3 meets the bar.
 */
export const STAGE_CRITERIA: Record<Exclude<PipelineStage, 'decision'>, readonly Criterion[]> = {
  screening: [
    { key: 'writtenCommunication', weight: 'must_have' },
    { key: 'relevantExperience', weight: 'must_have' },
    { key: 'profileCompleteness', weight: 'nice_to_have' },
    { key: 'portfolioQuality', weight: 'nice_to_have' },
    { key: 'ecommerceExperience', weight: 'bonus' },
  ],
  skills_test: [
    { key: 'testResult', weight: 'must_have' },
    { key: 'workQuality', weight: 'nice_to_have' },
    { key: 'attentionToDetail', weight: 'bonus' },
  ],
  interview: [
    { key: 'spokenCommunication', weight: 'must_have' },
    { key: 'reliability', weight: 'must_have' },
    { key: 'problemSolving', weight: 'nice_to_have' },
    { key: 'toolsKnowledge', weight: 'nice_to_have' },
    { key: 'proactiveness', weight: 'bonus' },
  ],
  references: [
    { key: 'confirmsRoleAndDates', weight: 'must_have' },
    { key: 'wouldRehire', weight: 'must_have' },
    { key: 'secondReferenceConsistent', weight: 'nice_to_have' },
  ],
  identity: [
    { key: 'documentValid', weight: 'must_have' },
    { key: 'nameAndPhotoMatch', weight: 'must_have' },
    { key: 'addressConfirmed', weight: 'nice_to_have' },
  ],
};

export const PASSING_RATING = 3;
export const MAX_RATING = 4;

export interface Rating {
  criterion: string;
  weight: CriterionWeight;
  rating: number;
}

const WEIGHT_FACTOR: Record<CriterionWeight, number> = { must_have: 3, nice_to_have: 2, bonus: 1 };

/** Must-have criteria rated below the bar; an application cannot pass a stage with any. */
export function unmetMustHaves(ratings: readonly Rating[]): string[] {
  return ratings.filter((r) => r.weight === 'must_have' && r.rating < PASSING_RATING).map((r) => r.criterion);
}

/**
 * The vetting score (0–100) shown to clients: the weighted mean of every scorecard rating,
 * blended 60/40 with the mean skills-test result when there is one.
 */
export function vettingScore(ratings: readonly Rating[], testPercents: readonly number[]): number {
  const totalWeight = ratings.reduce((sum, r) => sum + WEIGHT_FACTOR[r.weight], 0);
  const scorecards =
    totalWeight === 0
      ? null
      : (ratings.reduce((sum, r) => sum + WEIGHT_FACTOR[r.weight] * ((r.rating - 1) / (MAX_RATING - 1)), 0) /
          totalWeight) *
        100;
  const tests = testPercents.length ? testPercents.reduce((a, b) => a + b, 0) / testPercents.length : null;
  if (scorecards === null) return Math.round(tests ?? 0);
  return Math.round(tests === null ? scorecards : 0.6 * scorecards + 0.4 * tests);
}

/** How long a rejected VA waits before applying again, unless ops choose another date. */
export const DEFAULT_REAPPLY_DAYS = 90;
/** How long a VA has to start an assigned skills test. */
export const TEST_START_DAYS = 5;
