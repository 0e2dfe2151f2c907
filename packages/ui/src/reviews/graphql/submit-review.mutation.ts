import { graphql } from '../../gql';

export const SubmitReviewMutation = graphql(`
  mutation SubmitReview($input: SubmitReviewInput!) {
    submitReview(input: $input) {
      ...ReviewCycleFields
    }
  }
`);
