import { graphql } from '../../gql';

export const PublishJobMutation = graphql(`
  mutation PublishJob($id: ID!, $acknowledgeWarnings: Boolean!) {
    publishJobPost(id: $id, acknowledgeWarnings: $acknowledgeWarnings) {
      ...EditableJob
    }
  }
`);
