import { graphql } from '../../gql';

export const NeedsAttentionQuery = graphql(`
  query NeedsAttention {
    needsAttention {
      toReview {
        contractId
        title
        vaName
        milestoneId
        milestoneTitle
        periodStart
        amountMinor
        releasesAt
      }
      toPay {
        contractId
        title
        vaName
        milestoneId
        milestoneTitle
        periodStart
        amountMinor
      }
      cardDeclined {
        failedAt
        message
      }
      proposals {
        jobId
        title
        count
      }
      offersWaiting
      approvalsWaiting
    }
  }
`);
