import { graphql } from '../../gql';

export const RejectApplicationMutation = graphql(`
  mutation RejectApplication($input: RejectApplicationInput!) {
    rejectVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);
