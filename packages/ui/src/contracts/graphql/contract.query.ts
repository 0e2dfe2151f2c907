import { graphql } from '../../gql';

export const ContractQuery = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      ...ContractSummary
      ...ContractStandingFields
      money {
        ...Money
      }
      milestones {
        ...ContractMilestoneFields
      }
    }
  }

  fragment Money on EscrowMoney {
    fundedMinor
    releasedMinor
    refundedMinor
    heldMinor
  }

  fragment ContractMilestoneFields on ContractMilestone {
    id
    position
    title
    amountMinor
    dueDate
    status
    submittedAt
    autoReleaseAt
    autoRefundAt
    trial
    bonus
    awaitingApproval
    periodStart
    periodEnd
    minutesIncluded
    minutesWorked
    splitFromId
    overageOfId
    money {
      ...Money
    }
  }
`);
