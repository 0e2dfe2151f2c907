import { graphql } from '../../gql';

export const ReturnApplicationMutation = graphql(`
  mutation ReturnApplication($input: ReturnApplicationInput!) {
    returnVettingApplication(input: $input) {
      ...OpsApplication
    }
  }
`);
