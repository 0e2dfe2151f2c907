import { graphql } from '../../gql';

export const JobPostsQuery = graphql(`
  query JobPosts($status: JobStatus, $offset: Int!, $limit: Int!) {
    myJobPosts(status: $status, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        status
        title
        updatedAt
        publishedAt
        expiresAt
      }
    }
  }
`);
