import { graphql } from '../../gql';

export const ResumeJobMutation = graphql(`
  mutation ResumeJob($id: ID!) {
    resumeJobPost(id: $id) {
      ...EditableJob
    }
  }
`);
