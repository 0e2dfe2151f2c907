import { graphql } from '../../gql';

export const ReplyToReviewMutation = graphql(`
  mutation ReplyToReview($input: ReplyToReviewInput!) {
    replyToReview(input: $input) {
      ...ReviewFields
    }
  }
`);
