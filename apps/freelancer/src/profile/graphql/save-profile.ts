import { graphql } from '../../gql';

export const SaveProfileMutation = graphql(`
  mutation SaveProfile($input: SaveFreelancerProfileInput!) {
    saveFreelancerProfile(input: $input) {
      ...EditableProfile
    }
  }
`);
