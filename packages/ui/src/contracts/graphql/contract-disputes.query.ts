import { graphql } from '../../gql';

export const ContractDisputesQuery = graphql(`
  query ContractDisputes($contractId: ID!) {
    contractDisputes(contractId: $contractId) {
      ...DisputeFields
    }
  }

  fragment DisputeFields on Dispute {
    id
    milestoneId
    milestoneTitle
    currency
    status
    openedBySide
    reason
    proposalSide
    proposalFreelancerBps
    respondBy
    mediationEndsAt
    freelancerShareBps
    releasedMinor
    refundedMinor
    decisionNote
    createdAt
    pendingApproval {
      id
      kind
      requestedByName
    }
  }
`);
