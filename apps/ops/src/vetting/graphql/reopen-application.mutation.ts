import { graphql } from '../../gql';

export const ReopenApplicationMutation = graphql(`
  mutation ReopenApplication($input: ReopenApplicationInput!) {
    reopenVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);
