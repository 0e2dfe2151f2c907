import { graphql } from '../../gql';

export const CreateOpsAccountMutation = graphql(`
  mutation CreateOpsAccount($input: CreateOpsAccountInput!) {
    createOpsAccount(input: $input) {
      id
      email
    }
  }
`);
