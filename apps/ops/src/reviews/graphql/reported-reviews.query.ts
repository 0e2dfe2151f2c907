import { graphql } from '../../gql';

export const ReportedReviewsQuery = graphql(`
  query ReportedReviews($offset: Int, $limit: Int) {
    reportedReviews(offset: $offset, limit: $limit) {
      totalCount
      items {
        aboutName
        review {
          ...ReviewFields
        }
        reports {
          id
          reporterName
          reason
          createdAt
        }
      }
    }
  }
`);
