import { graphql } from '../../gql';

export const DisputeQuery = graphql(`
  query DisputeDetail($disputeId: ID!) {
    dispute(disputeId: $disputeId) {
      id
      milestoneTitle
      milestoneAmountMinor
      currency
      status
      openedBySide
      reason
      proposalSide
      proposalFreelancerBps
      mediationEndsAt
      freelancerShareBps
      releasedMinor
      refundedMinor
      decisionNote
      createdAt
      pendingApproval {
        id
        requestedByName
        freelancerShareBps
        note
      }
    }
    disputeEvidence(disputeId: $disputeId) {
      items {
        ...ContractEventFields
      }
    }
    disputeMessages(disputeId: $disputeId, limit: 100) {
      totalCount
      items {
        ...JobMessageFields
      }
    }
  }
`);
