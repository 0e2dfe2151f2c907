import type { IntlShape } from 'react-intl';
import type { MatchFactorFieldsFragment, MatchFactsFieldsFragment } from '../gql/graphql';

/** What the API sends about a match: points per factor and the measurements behind them (the shared fragments). */
export interface MatchExplanation {
  factors: ReadonlyArray<MatchFactorFieldsFragment>;
  facts: MatchFactsFieldsFragment;
}

export interface MatchReason {
  factor: string;
  points: number;
  maxPoints: number;
  /** One sentence in plain words. */
  text: string;
}

const LEVELS = ['beginner', 'intermediate', 'advanced', 'expert'] as const;

/**
 * "Why this VA" in plain words, one sentence per factor, strongest first. The same words serve the
 * business (why this VA) and the VA (why this job): they describe the fit, not either side.
 */
export function matchReasons({ factors, facts }: MatchExplanation, intl: IntlShape): MatchReason[] {
  const t = (id: string, values?: Record<string, string | number>) => intl.formatMessage({ id }, values);
  const percent = (share: number) => intl.formatNumber(share, { style: 'percent', maximumFractionDigits: 0 });
  const sentence: Record<string, () => string> = {
    skills: () =>
      t('match.reason.skills', {
        level: t(`match.level.${LEVELS[Math.max(0, Math.min(3, Math.round(facts.mustLevel * 4) - 1))]}`),
        badges: percent(facts.badgeShare),
      }),
    rate: () =>
      facts.rateRatio == null
        ? t('match.reason.rateUnknown')
        : facts.rateRatio <= 1
          ? t('match.reason.rateWithin')
          : t('match.reason.rateAbove', { percent: percent(facts.rateRatio - 1) }),
    overlap: () =>
      t('match.reason.overlap', { hours: intl.formatNumber(facts.overlapMinutes / 60, { maximumFractionDigits: 1 }) }),
    capacity: () =>
      t('match.reason.capacity', { ratio: intl.formatNumber(facts.capacityRatio, { maximumFractionDigits: 1 }) }),
    languages: () =>
      facts.languageMargin == null
        ? t('match.reason.languagesNone')
        : facts.languageMargin > 0
          ? t('match.reason.languagesAbove')
          : t('match.reason.languagesAt'),
    vetting: () => t('match.reason.vetting', { score: facts.vettingScore }),
    relevance: () => t('match.reason.relevance'),
    reputation: () =>
      facts.reputationScore == null
        ? t('match.reason.reputationNew')
        : t('match.reason.reputation', { score: facts.reputationScore }),
    responsiveness: () =>
      facts.responseHours == null
        ? t('match.reason.responsivenessNew')
        : t('match.reason.responsiveness', {
            hours: intl.formatNumber(facts.responseHours, { maximumFractionDigits: 0 }),
          }),
  };
  // The API names factors as GraphQL enum values (SKILLS); the sentences are keyed in lower case.
  return factors
    .map((factor) => ({ ...factor, factor: factor.factor.toLowerCase() }))
    .filter((factor) => factor.maxPoints > 0 && sentence[factor.factor] !== undefined)
    .map((factor) => ({
      factor: factor.factor,
      points: factor.points,
      maxPoints: factor.maxPoints,
      text: sentence[factor.factor]?.() ?? '',
    }))
    .sort((a, b) => b.points / b.maxPoints - a.points / a.maxPoints);
}
