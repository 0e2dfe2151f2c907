import { graphql } from '../../gql';

export const PaySandboxCardMutation = graphql(`
  mutation PaySandboxCard($input: SandboxCardInput!) {
    paySandboxCard(input: $input) {
      id
      status
    }
  }
`);
