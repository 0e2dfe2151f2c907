/**
 * How Delegate ranks approved VAs for a job, written once as data. The ranking query compiles these
 * definitions to SQL (`scoreSql`, `filterSql`) so PostgreSQL ranks every candidate without sending
 * rows to Node; `evaluate` reads the same definitions in TypeScript to explain a stored match and to
 * pin the behaviour in unit tests. Nothing else decides who ranks where.
 */

/** Facts about one VA measured against one job, computed by the ranking query. */
export interface MatchFeatures {
  /** Share of the must-have skills the VA holds (1 = all). */
  mustShare: number;
  /** Mean level of the must-have skills, beginner 0.25 … expert 1. */
  mustLevel: number;
  /** Share of the must-have and nice-to-have skills with a tested badge. */
  badgeShare: number;
  /** Share of the nice-to-have skills held; null when the job lists none. */
  niceShare: number | null;
  /** Share of the bonus skills held; null when the job lists none. */
  bonusShare: number | null;
  /** 1 when every language is spoken at the level asked. */
  languagesMet: number;
  /** Mean CEFR steps above the level asked; null when the job asks for no language. */
  languageMargin: number | null;
  /** The VA's hourly rate over the job's hourly budget, in one currency; null when not comparable. */
  rateRatio: number | null;
  /** Minutes a day both working days overlap, today. */
  overlapMinutes: number;
  /** Overlap over the length of the client's working day. */
  overlapShare: number;
  /** Free weekly hours over the hours the job needs. */
  capacityRatio: number;
  /** Vetting score, 0–100. */
  vettingScore: number;
  /** Full-text relevance of the VA's profile to the post, 0–1. */
  textRank: number;
  /** Median hours the VA took to answer invitations; null until they have answered one. */
  responseHours: number | null;
  /** Reputation by the published formula, 0–100; null for a VA with no history yet (the neutral value). */
  reputationScore: number | null;
}

export type FeatureName = keyof MatchFeatures;

/** Every feature once; a record, so the compiler notices a feature added to one list and not here. */
const FEATURE_SET: Record<FeatureName, true> = {
  mustShare: true,
  mustLevel: true,
  badgeShare: true,
  niceShare: true,
  bonusShare: true,
  languagesMet: true,
  languageMargin: true,
  rateRatio: true,
  overlapMinutes: true,
  overlapShare: true,
  capacityRatio: true,
  vettingScore: true,
  textRank: true,
  responseHours: true,
  reputationScore: true,
};
export const FEATURE_NAMES = Object.keys(FEATURE_SET) as FeatureName[];

/** A linear ramp: 0 at `from`, 1 at `to` (either direction), clamped; `neutral` when the feature is null. */
interface Part {
  feature: FeatureName;
  weight: number;
  from: number;
  to: number;
  neutral?: number;
}

export const FACTOR_NAMES = [
  'skills',
  'rate',
  'overlap',
  'capacity',
  'languages',
  'vetting',
  'relevance',
  'responsiveness',
  'reputation',
] as const;
export type FactorName = (typeof FACTOR_NAMES)[number];

/**
 * The reputation a VA with no history counts with: the published formula's neutral score (the reviews
 * module computes reputations; its tests pin that the two agree).
 */
export const NEUTRAL_REPUTATION = 80;
const REPUTATION_FROM = 40;

/** Points per factor (they add up to 100) and how each is measured. */
export const FACTORS: Record<FactorName, { points: number; parts: Part[] }> = {
  skills: {
    points: 32,
    parts: [
      { feature: 'mustLevel', weight: 0.55, from: 0.25, to: 1 },
      { feature: 'badgeShare', weight: 0.2, from: 0, to: 1 },
      { feature: 'niceShare', weight: 0.15, from: 0, to: 1, neutral: 1 },
      { feature: 'bonusShare', weight: 0.1, from: 0, to: 1, neutral: 1 },
    ],
  },
  // Full points within budget, none at 50% over it; unknown (no exchange rate or no hourly figure) is neutral.
  rate: { points: 15, parts: [{ feature: 'rateRatio', weight: 1, from: 1.5, to: 1, neutral: 0.5 }] },
  overlap: { points: 12, parts: [{ feature: 'overlapShare', weight: 1, from: 0, to: 1 }] },
  capacity: { points: 8, parts: [{ feature: 'capacityRatio', weight: 1, from: 1, to: 2 }] },
  languages: { points: 8, parts: [{ feature: 'languageMargin', weight: 1, from: 0, to: 2, neutral: 1 }] },
  vetting: { points: 8, parts: [{ feature: 'vettingScore', weight: 1, from: 50, to: 100 }] },
  relevance: { points: 6, parts: [{ feature: 'textRank', weight: 1, from: 0, to: 0.3 }] },
  responsiveness: { points: 5, parts: [{ feature: 'responseHours', weight: 1, from: 48, to: 2, neutral: 0.5 }] },
  // Nothing below 40, full points at 100; a newcomer counts as the neutral score, not as zero.
  reputation: {
    points: 6,
    parts: [
      {
        feature: 'reputationScore',
        weight: 1,
        from: REPUTATION_FROM,
        to: 100,
        neutral: (NEUTRAL_REPUTATION - REPUTATION_FROM) / (100 - REPUTATION_FROM),
      },
    ],
  },
};

/** What the job demands: a candidate below any floor is not a match at all. */
export interface MatchDemands {
  minOverlapMinutes: number;
}

const FILTERS: Array<{ feature: FeatureName; floor: (demands: MatchDemands) => number }> = [
  { feature: 'mustShare', floor: () => 1 },
  { feature: 'languagesMet', floor: () => 1 },
  { feature: 'capacityRatio', floor: () => 1 },
  { feature: 'overlapMinutes', floor: (demands) => demands.minOverlapMinutes },
];

export const FILTERED_FEATURES = FILTERS.map(({ feature }) => feature);

export interface FactorScore {
  factor: FactorName;
  /** Points earned, 0 to `maxPoints`, two decimals. */
  points: number;
  maxPoints: number;
}

export interface Evaluation {
  score: number;
  factors: FactorScore[];
}

/** The score of a candidate, or null when a demand is not met. */
export function evaluate(features: MatchFeatures, demands: MatchDemands): Evaluation | null {
  if (FILTERS.some(({ feature, floor }) => (features[feature] ?? 0) < floor(demands))) return null;
  return score(features);
}

/** The points per factor and in total, demands aside (to explain a stored match). */
export function score(features: MatchFeatures): Evaluation {
  const factors = FACTOR_NAMES.map((factor) => {
    const { points, parts } = FACTORS[factor];
    const share = parts.reduce((sum, part) => sum + part.weight * partValue(part, features[part.feature]), 0);
    return { factor, points: round2(points * share), maxPoints: points };
  });
  return { score: round2(factors.reduce((sum, factor) => sum + factor.points, 0)), factors };
}

function partValue(part: Part, value: number | null | undefined): number {
  // Undefined: a match stored before the feature existed reads as unknown too.
  if (value === null || value === undefined) return part.neutral ?? 0;
  return Math.min(1, Math.max(0, (value - part.from) / (part.to - part.from)));
}

/**
 * Text relevance costs the most to compute (ts_rank per row), so the ranking query scores it last,
 * only for candidates whose other points can still reach the list.
 */
export const LATE_FACTORS: readonly FactorName[] = ['relevance'];
export const EARLY_FACTORS = FACTOR_NAMES.filter((factor) => !LATE_FACTORS.includes(factor));

export function maxPoints(factors: readonly FactorName[]): number {
  return factors.reduce((sum, factor) => sum + FACTORS[factor].points, 0);
}

/**
 * A part with its constants worked out: the SQL and the in-memory ranking both compute
 * `coefficient * LEAST(1, GREATEST(0, (value - from) / span))` from these, in this order, so the
 * two give the same float8 for every card.
 */
export interface Ramp {
  feature: FeatureName;
  coefficient: number;
  from: number;
  span: number;
  /** What a NULL feature reads as: the value the ramp maps to the part's neutral share. */
  nullValue: number;
}

export function ramps(factors: readonly FactorName[]): Ramp[] {
  return factors.flatMap((factor) => {
    const { points, parts } = FACTORS[factor];
    return parts.map((part) => ({
      feature: part.feature,
      coefficient: points * part.weight,
      from: part.from,
      span: part.to - part.from,
      nullValue: part.from + (part.neutral ?? 0) * (part.to - part.from),
    }));
  });
}

/**
 * The points of some factors as one SQL expression over the features, each given as SQL by `column`.
 * `nullable` says which features can be NULL; the others skip the COALESCE.
 */
export function scoreSql(
  column: (feature: FeatureName) => string,
  factors: readonly FactorName[] = FACTOR_NAMES,
  nullable: (feature: FeatureName) => boolean = () => true,
): string {
  return ramps(factors)
    .map(({ feature, coefficient, from, span, nullValue }) => {
      // NULL reads as the value the ramp maps to the neutral share (GREATEST and LEAST would skip a
      // NULL and ramp it to 0); a CASE … IS NULL would compute a feature written inline twice.
      const value = nullable(feature) ? `COALESCE(${column(feature)}, ${nullValue})` : column(feature);
      const shifted = from === 0 ? value : `(${value} - (${from}))`;
      return `${coefficient} * LEAST(1, GREATEST(0, ${span === 1 ? shifted : `${shifted} / (${span})::float8`}))`;
    })
    .join(' + ');
}

/** The floors a candidate must reach; every filtered feature is at least 0, so a floor of 0 is left out. */
export function floors(demands: MatchDemands): Array<{ feature: FeatureName; floor: number }> {
  return FILTERS.map(({ feature, floor }) => ({ feature, floor: floor(demands) })).filter(({ floor }) => floor > 0);
}

/** The demands as a SQL condition; `parameter` binds each floor and returns its placeholder. */
export function filterSql(
  column: (feature: FeatureName) => string,
  demands: MatchDemands,
  parameter: (value: number) => string,
): string {
  const conditions = floors(demands).map(
    ({ feature, floor }) => `COALESCE(${column(feature)}, 0) >= ${parameter(floor)}`,
  );
  return conditions.length ? conditions.join(' AND ') : 'TRUE';
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
