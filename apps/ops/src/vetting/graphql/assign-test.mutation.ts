import { graphql } from '../../gql';

export const AssignTestMutation = graphql(`
  mutation AssignTest($applicationId: ID!, $testId: ID!) {
    assignSkillTest(applicationId: $applicationId, testId: $testId) {
      ...OpsApplication
    }
  }
`);
