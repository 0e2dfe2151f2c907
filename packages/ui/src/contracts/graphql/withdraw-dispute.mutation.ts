import { graphql } from '../../gql';

export const WithdrawDisputeMutation = graphql(`
  mutation WithdrawDispute($disputeId: ID!) {
    withdrawDispute(disputeId: $disputeId) {
      id
    }
  }
`);
