import { graphql } from '../gql';

/**
 * What a match's explanation needs (`MatchReasons`, `matchReasons`): spread into any query that shows
 * why a VA and a job fit, in any app.
 */
export const MatchFactorFieldsFragment = graphql(`
  fragment MatchFactorFields on MatchFactorScore {
    factor
    points
    maxPoints
  }
`);

export const MatchFactsFieldsFragment = graphql(`
  fragment MatchFactsFields on MatchFacts {
    mustLevel
    badgeShare
    niceShare
    bonusShare
    languageMargin
    rateRatio
    overlapMinutes
    capacityRatio
    vettingScore
    responseHours
    reputationScore
  }
`);
