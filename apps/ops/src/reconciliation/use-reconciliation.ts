import { useMutation, useQuery } from '@apollo/client/react';
import { ReconciliationDifferencesQuery } from './graphql/reconciliation-differences.query';
import { ReconciliationRunsQuery } from './graphql/reconciliation-runs.query';
import { RunReconciliationMutation } from './graphql/run-reconciliation.mutation';

/** Past comparisons of the ledger with the provider, newest first, and running one now. */
export function useReconciliationRuns(offset: number, limit: number) {
  const runs = useQuery(ReconciliationRunsQuery, { variables: { offset, limit }, fetchPolicy: 'cache-and-network' });
  const [runNow, running] = useMutation(RunReconciliationMutation, {
    refetchQueries: [ReconciliationRunsQuery],
    awaitRefetchQueries: true,
  });
  return { runs, runNow: () => runNow(), running };
}

export function useReconciliationDifferences(runId: string) {
  return useQuery(ReconciliationDifferencesQuery, { variables: { runId } });
}
