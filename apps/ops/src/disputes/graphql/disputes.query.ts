import { graphql } from '../../gql';

export const DisputesQuery = graphql(`
  query Disputes($status: DisputeStatus, $offset: Int!, $limit: Int!) {
    disputes(status: $status, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        milestoneTitle
        milestoneAmountMinor
        currency
        status
        openedBySide
        createdAt
        mediationEndsAt
      }
    }
  }
`);
