import { graphql } from '../../gql';

export const AdvanceApplicationMutation = graphql(`
  mutation AdvanceApplication($input: AdvanceApplicationInput!) {
    advanceVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);
