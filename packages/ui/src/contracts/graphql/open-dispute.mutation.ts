import { graphql } from '../../gql';

export const OpenDisputeMutation = graphql(`
  mutation OpenDispute($input: OpenDisputeInput!) {
    openDispute(input: $input) {
      id
    }
  }
`);
