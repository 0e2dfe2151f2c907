import { graphql } from '../../gql';

export const ApprovalRequestsQuery = graphql(`
  query ApprovalRequests($status: ApprovalStatus, $offset: Int, $limit: Int) {
    approvalRequests(status: $status, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        kind
        status
        subjectId
        contractId
        jobId
        amountMinor
        currency
        freelancerShareBps
        note
        requestedBy
        requestedByName
        decidedByName
        decisionNote
        decidedAt
        createdAt
      }
    }
  }
`);
