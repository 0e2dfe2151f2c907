import { graphql } from '../../gql';

export const DecideDisputeMutation = graphql(`
  mutation DecideDispute($input: DecideDisputeInput!) {
    decideDispute(input: $input) {
      id
      status
    }
  }
`);
