import { graphql } from '../gql';

/** What `ContractStanding` shows: a trial, notice or the end, and what ending will do. */
export const ContractStandingFieldsFragment = graphql(`
  fragment ContractStandingFields on Contract {
    id
    status
    inTrial
    endsOn
    endedAt
    endedBy
    endReason
    windDownDays
    pausedAt
    terms {
      kind
      noticeDays
      weeklyLimitHours
    }
  }
`);
