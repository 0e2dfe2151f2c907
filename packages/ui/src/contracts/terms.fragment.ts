import { graphql } from '../gql';

/** What `describeTerms` reads: spread into any query that shows an offer's or a contract's terms, in any app. */
export const TermsFragment = graphql(`
  fragment Terms on ContractTerms {
    kind
    currency
    hourlyRateMinor
    weeklyLimitHours
    monthlyAmountMinor
    monthlyHours
    rolloverCapHours
    noticeDays
    overageRateMinor
    trialWeeks
    startDate
  }
`);
