import { graphql } from '../../gql';

export const ReportReviewMutation = graphql(`
  mutation ReportReview($input: ReportReviewInput!) {
    reportReview(input: $input)
  }
`);
