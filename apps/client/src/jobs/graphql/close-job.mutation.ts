import { graphql } from '../../gql';

export const CloseJobMutation = graphql(`
  mutation CloseJob($id: ID!) {
    closeJobPost(id: $id) {
      ...EditableJob
    }
  }
`);
