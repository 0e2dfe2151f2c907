import { graphql } from '../../gql';

export const SaveJobMutation = graphql(`
  mutation SaveJob($input: SaveJobPostInput!) {
    saveJobPost(input: $input) {
      ...EditableJob
    }
  }
`);
