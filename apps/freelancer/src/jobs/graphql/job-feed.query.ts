import { graphql } from '../../gql';

export const JobFeedQuery = graphql(`
  query JobFeed($offset: Int!, $limit: Int!) {
    jobFeed(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...MatchExplanation
        invitedAt
        listing {
          ...ListingSummary
        }
      }
    }
  }

  fragment MatchExplanation on JobFeedItem {
    rank
    score
    factors {
      ...MatchFactorFields
    }
    facts {
      ...MatchFactsFields
    }
  }

  fragment ListingSummary on JobListing {
    id
    status
    title
    summary
    weeklyHours
    budgetKind
    budgetMinMinor
    budgetMaxMinor
    currency
    publishedAt
    client {
      ...ClientRecordFields
    }
    skills {
      skill {
        ...SkillFields
      }
      importance
    }
  }
`);
