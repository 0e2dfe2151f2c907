import { graphql } from '../../gql';

export const UpdateAccountMutation = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      id
      displayName
      locale
      timeZone
    }
  }
`);
