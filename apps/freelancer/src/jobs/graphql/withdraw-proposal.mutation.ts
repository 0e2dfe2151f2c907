import { graphql } from '../../gql';

export const WithdrawProposalMutation = graphql(`
  mutation WithdrawProposal($id: ID!) {
    withdrawProposal(id: $id) {
      ...MyProposal
    }
  }
`);
