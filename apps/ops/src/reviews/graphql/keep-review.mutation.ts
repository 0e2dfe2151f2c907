import { graphql } from '../../gql';

export const KeepReviewMutation = graphql(`
  mutation KeepReview($input: ModerateReviewInput!) {
    keepReview(input: $input)
  }
`);
