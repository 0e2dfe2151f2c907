import { graphql } from '../../gql';

export const DecideApprovalMutation = graphql(`
  mutation DecideApproval($input: DecideApprovalInput!) {
    decideApproval(input: $input) {
      id
      status
    }
  }
`);
