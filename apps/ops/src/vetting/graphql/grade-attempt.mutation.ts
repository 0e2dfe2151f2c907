import { graphql } from '../../gql';

export const GradeAttemptMutation = graphql(`
  mutation GradeAttempt($input: GradeAttemptInput!) {
    gradeSkillTestAttempt(input: $input) {
      ...OpsApplication
    }
  }
`);
