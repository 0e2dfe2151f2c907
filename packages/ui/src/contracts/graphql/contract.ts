import { graphql } from '../../gql';

export const ContractQuery = graphql(`
  query Contract($id: ID!) {
    contract(id: $id) {
      ...ContractSummary
      inTrial
      windDownDays
      endsOn
      endedAt
      endedBy
      endReason
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
    money {
      ...Money
    }
  }
`);

export const ContractEventsQuery = graphql(`
  query ContractEvents($contractId: ID!, $offset: Int!, $limit: Int!) {
    contractEvents(contractId: $contractId, offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        kind
        milestoneId
        actorName
        amountMinor
        message
        files {
          id
          fileName
          sizeBytes
        }
        createdAt
      }
    }
  }
`);

export const PayMilestoneMutation = graphql(`
  mutation PayMilestone($milestoneId: ID!) {
    payMilestone(milestoneId: $milestoneId) {
      id
      status
      provider
      amountMinor
      currency
      platformFeeMinor
      freelancerReceivesMinor
      clientSecret
      publishableKey
    }
  }
`);

export const SyncMilestonePaymentMutation = graphql(`
  mutation SyncMilestonePayment($paymentId: ID!) {
    syncMilestonePayment(paymentId: $paymentId) {
      id
      status
    }
  }
`);

export const PaySandboxCardMutation = graphql(`
  mutation PaySandboxCard($input: SandboxCardInput!) {
    paySandboxCard(input: $input) {
      id
      status
    }
  }
`);

export const SubmitMilestoneMutation = graphql(`
  mutation SubmitMilestone($input: SubmitMilestoneInput!) {
    submitMilestone(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);

export const RequestMilestoneChangesMutation = graphql(`
  mutation RequestMilestoneChanges($input: MilestoneNoteInput!) {
    requestMilestoneChanges(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);

export const ReleaseMilestoneMutation = graphql(`
  mutation ReleaseMilestone($input: ReleaseMilestoneInput!) {
    releaseMilestone(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);

export const RefundMilestoneMutation = graphql(`
  mutation RefundMilestone($input: RefundMilestoneInput!) {
    refundMilestone(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);

export const EndContractMutation = graphql(`
  mutation EndContract($input: EndContractInput!) {
    endContract(input: $input) {
      id
      status
      endsOn
      endedBy
    }
  }
`);

export const ContinueAfterTrialMutation = graphql(`
  mutation ContinueAfterTrial($contractId: ID!) {
    continueAfterTrial(contractId: $contractId) {
      id
      inTrial
    }
  }
`);

export const GiveBonusMutation = graphql(`
  mutation GiveBonus($input: GiveBonusInput!) {
    giveBonus(input: $input) {
      ...ContractMilestoneFields
    }
  }
`);
