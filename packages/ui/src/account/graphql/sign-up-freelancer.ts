import { graphql } from '../../gql';

export const SignUpFreelancerMutation = graphql(`
  mutation SignUpFreelancer($input: SignUpInput!) {
    signUpFreelancer(input: $input) {
      id
    }
  }
`);
