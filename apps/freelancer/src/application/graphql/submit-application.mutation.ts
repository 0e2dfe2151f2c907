import { graphql } from '../../gql';

export const SubmitApplicationMutation = graphql(`
  mutation SubmitApplication {
    submitVettingApplication {
      ...ApplicationView
    }
  }
`);
