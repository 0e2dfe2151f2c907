import { graphql } from '../../gql';

export const PauseJobMutation = graphql(`
  mutation PauseJob($id: ID!) {
    pauseJobPost(id: $id) {
      ...EditableJob
    }
  }
`);
