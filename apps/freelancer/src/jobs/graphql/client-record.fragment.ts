import { graphql } from '../../gql';

export const ClientRecordFragment = graphql(`
  fragment ClientRecordFields on ClientRecord {
    name
    country
    paymentVerified
    decidedPosts
    hiredPosts
    hireRate
    contracts
    disputedContracts
    disputeRate
    fundingsMeasured
    medianHoursToFund
    approvalsMeasured
    medianHoursToApprove
    reputation {
      score
      rating
      reviewCount
      neutral
    }
  }
`);
