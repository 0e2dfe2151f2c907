import { graphql } from '../../gql';

export const ApproveApplicationMutation = graphql(`
  mutation ApproveApplication($input: ApproveApplicationInput!) {
    approveVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);
