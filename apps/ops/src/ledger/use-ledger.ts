import { useLazyQuery, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { MilestoneLedgerQuery } from './graphql/milestone-ledger.query';
import { TrialBalanceQuery } from './graphql/trial-balance.query';

export function useTrialBalance() {
  return useQuery(TrialBalanceQuery, { fetchPolicy: 'cache-and-network' });
}

/** A milestone's entries, looked up on demand (always fresh). */
export function useMilestoneLedger() {
  const [lookUp, milestone] = useLazyQuery(MilestoneLedgerQuery, { fetchPolicy: 'network-only' });
  // Stable across renders: the page looks up a linked milestone in an effect.
  const lookUpMilestone = useCallback((milestoneId: string) => lookUp({ variables: { milestoneId } }), [lookUp]);
  return { lookUp: lookUpMilestone, milestone };
}
