import { graphql } from '../../gql';

export const EscalateDisputeMutation = graphql(`
  mutation EscalateDispute($disputeId: ID!) {
    escalateDispute(disputeId: $disputeId) {
      id
    }
  }
`);
