import { graphql } from '../../gql';

export const PayMilestoneMutation = graphql(`
  mutation PayMilestone($milestoneId: ID!) {
    payMilestone(milestoneId: $milestoneId) {
      id
      status
      provider
      amountMinor
      currency
      platformFeeMinor
      freelancerReceivesMinor
      clientSecret
      publishableKey
    }
  }
`);
