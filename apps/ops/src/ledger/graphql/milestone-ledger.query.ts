import { graphql } from '../../gql';

export const MilestoneLedgerQuery = graphql(`
  query MilestoneLedger($milestoneId: ID!) {
    milestoneLedger(milestoneId: $milestoneId) {
      id
      idempotencyKey
      kind
      createdAt
      postings {
        id
        account
        currency
        amountMinor
      }
    }
  }
`);
