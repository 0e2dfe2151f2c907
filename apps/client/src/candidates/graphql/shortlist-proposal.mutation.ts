import { graphql } from '../../gql';

export const ShortlistProposalMutation = graphql(`
  mutation ShortlistProposal($id: ID!) {
    shortlistProposal(id: $id) {
      id
      status
    }
  }
`);
