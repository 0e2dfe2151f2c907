import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { CompleteSandboxOnboardingMutation } from './graphql/complete-sandbox-onboarding.mutation';
import { PayoutsQuery } from './graphql/payouts.query';
import { RefreshPayoutAccountMutation } from './graphql/refresh-payout-account.mutation';
import { StartPayoutOnboardingMutation } from './graphql/start-payout-onboarding.mutation';

/** The VA's payout account, balance and payouts. */
export function usePayouts() {
  return useQuery(PayoutsQuery, { fetchPolicy: 'cache-and-network' });
}

/** Setting up the payout account with the provider (or the sandbox's stand-in) and reading it back. */
export function usePayoutAccount() {
  const [start, starting] = useMutation(StartPayoutOnboardingMutation);
  const [refresh, refreshing] = useMutation(RefreshPayoutAccountMutation, { refetchQueries: ['Payouts'] });
  const [completeSandbox, completingSandbox] = useMutation(CompleteSandboxOnboardingMutation);
  // Stable across renders: the page reads the account again in an effect when the VA comes back.
  const refreshAccount = useCallback(() => refresh(), [refresh]);
  return {
    /** The provider's onboarding link to send the VA to. */
    startOnboarding: async () => (await start()).data?.startPayoutOnboarding,
    starting: starting.loading,
    refresh: refreshAccount,
    refreshing: refreshing.loading,
    completeSandboxOnboarding: () => completeSandbox(),
    completingSandbox: completingSandbox.loading,
  };
}
