import { graphql } from '../../gql';

export const SubmitTestMutation = graphql(`
  mutation SubmitSkillTest($attemptId: ID!) {
    submitSkillTest(attemptId: $attemptId) {
      ...ApplicationView
    }
  }
`);
