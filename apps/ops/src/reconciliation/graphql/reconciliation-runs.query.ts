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
