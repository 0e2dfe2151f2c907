import { graphql } from '../../gql';

export const SendJobMessageMutation = graphql(`
  mutation SendJobMessage($input: SendJobMessageInput!) {
    sendJobMessage(input: $input) {
      id
    }
  }
`);
