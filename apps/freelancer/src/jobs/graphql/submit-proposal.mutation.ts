import { graphql } from '../../gql';

export const SubmitProposalMutation = graphql(`
  mutation SubmitProposal($input: SubmitProposalInput!) {
    submitProposal(input: $input) {
      ...MyProposal
    }
  }
`);
