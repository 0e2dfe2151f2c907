import { graphql } from '../../gql';

export const AcceptSettlementMutation = graphql(`
  mutation AcceptSettlement($disputeId: ID!) {
    acceptSettlement(disputeId: $disputeId) {
      id
    }
  }
`);
