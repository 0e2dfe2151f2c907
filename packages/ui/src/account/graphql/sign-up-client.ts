import { graphql } from '../../gql';

export const SignUpClientMutation = graphql(`
  mutation SignUpClient($input: ClientSignUpInput!) {
    signUpClient(input: $input) {
      id
    }
  }
`);
