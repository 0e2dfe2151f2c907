import { graphql } from '../../gql';

export const ReconciliationRunsQuery = graphql(`
  query ReconciliationRuns($offset: Int!, $limit: Int!) {
    reconciliationRuns(offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        provider
        startedAt
        finishedAt
        checkedCount
        differenceCount
        triggeredByName
      }
    }
  }
`);

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

export const RunReconciliationMutation = graphql(`
  mutation RunReconciliation {
    runReconciliation {
      id
    }
  }
`);
