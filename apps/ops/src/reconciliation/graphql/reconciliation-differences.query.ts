import { graphql } from '../../gql';

export const ReconciliationDifferencesQuery = graphql(`
  query ReconciliationDifferences($runId: ID!) {
    reconciliationDifferences(runId: $runId) {
      id
      kind
      objectType
      providerObjectId
      milestoneId
      currency
      ledgerMinor
      providerMinor
      providerStatus
      repaired
    }
  }
`);
