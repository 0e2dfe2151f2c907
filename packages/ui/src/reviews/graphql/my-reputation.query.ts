import { graphql } from '../../gql';

export const FreelancerReputationQuery = graphql(`
  query FreelancerReputation($freelancerId: ID!) {
    freelancerReputation(freelancerId: $freelancerId) {
      ...ReputationFields
    }
  }

  fragment ReputationFields on Reputation {
    score
    rating
    successRate
    reviewCount
    contractCount
    neutral
    computedAt
    contributions {
      contractId
      success
      exclusions
      ratings {
        stars
        weight
      }
    }
  }
`);
