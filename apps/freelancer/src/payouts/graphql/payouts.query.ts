import { graphql } from '../../gql';

export const PayoutsQuery = graphql(`
  query Payouts {
    myPayouts {
      account {
        status
        provider
        requirementsDue
      }
      owed {
        currency
        amountMinor
      }
      paidOut {
        currency
        amountMinor
      }
      transfers {
        id
        status
        amountMinor
        currency
        createdAt
      }
    }
  }
`);
