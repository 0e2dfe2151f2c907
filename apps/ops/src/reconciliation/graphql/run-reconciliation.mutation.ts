import { graphql } from '../../gql';

export const RunReconciliationMutation = graphql(`
  mutation RunReconciliation {
    runReconciliation {
      id
    }
  }
`);
