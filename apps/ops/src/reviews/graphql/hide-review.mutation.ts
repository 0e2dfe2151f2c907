import { graphql } from '../../gql';

export const HideReviewMutation = graphql(`
  mutation HideReview($input: ModerateReviewInput!) {
    hideReview(input: $input)
  }
`);
