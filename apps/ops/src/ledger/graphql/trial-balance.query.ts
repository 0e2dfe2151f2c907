import { graphql } from '../../gql';

export const TrialBalanceQuery = graphql(`
  query TrialBalance {
    trialBalance {
      accountKind
      currency
      debitsMinor
      creditsMinor
      balanceMinor
    }
  }
`);
