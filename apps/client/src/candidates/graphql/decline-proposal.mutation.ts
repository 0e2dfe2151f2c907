import { graphql } from '../../gql';

export const DeclineProposalMutation = graphql(`
  mutation DeclineProposal($id: ID!, $reason: DeclineReason!) {
    declineProposal(id: $id, reason: $reason) {
      id
      status
      declineReason
    }
  }
`);
