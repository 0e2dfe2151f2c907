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

export const StartPayoutOnboardingMutation = graphql(`
  mutation StartPayoutOnboarding {
    startPayoutOnboarding
  }
`);

export const RefreshPayoutAccountMutation = graphql(`
  mutation RefreshPayoutAccount {
    refreshPayoutAccount {
      status
    }
  }
`);

export const CompleteSandboxOnboardingMutation = graphql(`
  mutation CompleteSandboxOnboarding {
    completeSandboxOnboarding {
      status
    }
  }
`);
