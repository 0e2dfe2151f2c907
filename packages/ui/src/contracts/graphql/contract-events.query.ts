import { graphql } from '../../gql';

export const ContractEventsQuery = graphql(`
  query ContractEvents($contractId: ID!, $offset: Int!, $limit: Int!) {
    contractEvents(contractId: $contractId, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...ContractEventFields
      }
    }
  }
`);
