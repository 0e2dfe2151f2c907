import { graphql } from '../../gql';

export const JobThreadQuery = graphql(`
  query JobThread($jobId: ID!, $freelancerId: ID, $offset: Int!, $limit: Int!) {
    jobThread(jobId: $jobId, freelancerId: $freelancerId, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...JobMessageFields
      }
    }
  }
`);
