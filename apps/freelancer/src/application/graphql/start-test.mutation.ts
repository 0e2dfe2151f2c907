import { graphql } from '../../gql';

export const StartTestMutation = graphql(`
  mutation StartSkillTest($attemptId: ID!) {
    startSkillTest(attemptId: $attemptId) {
      ...ApplicationView
    }
  }
`);
