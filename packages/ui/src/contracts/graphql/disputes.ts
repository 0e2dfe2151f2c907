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

export const OpenDisputeMutation = graphql(`
  mutation OpenDispute($input: OpenDisputeInput!) {
    openDispute(input: $input) {
      id
    }
  }
`);

export const ProposeSettlementMutation = graphql(`
  mutation ProposeSettlement($input: DisputeShareInput!) {
    proposeSettlement(input: $input) {
      id
    }
  }
`);

export const AcceptSettlementMutation = graphql(`
  mutation AcceptSettlement($disputeId: ID!) {
    acceptSettlement(disputeId: $disputeId) {
      id
    }
  }
`);

export const EscalateDisputeMutation = graphql(`
  mutation EscalateDispute($disputeId: ID!) {
    escalateDispute(disputeId: $disputeId) {
      id
    }
  }
`);

export const WithdrawDisputeMutation = graphql(`
  mutation WithdrawDispute($disputeId: ID!) {
    withdrawDispute(disputeId: $disputeId) {
      id
    }
  }
`);
