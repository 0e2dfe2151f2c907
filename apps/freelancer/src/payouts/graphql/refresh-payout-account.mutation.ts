import { graphql } from '../../gql';

export const RefreshPayoutAccountMutation = graphql(`
  mutation RefreshPayoutAccount {
    refreshPayoutAccount {
      status
    }
  }
`);
