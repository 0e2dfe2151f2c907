import { graphql } from '../gql';

/** What `ContractEventList` shows of a timeline entry: spread into any query that lists contract events. */
export const ContractEventFieldsFragment = graphql(`
  fragment ContractEventFields on ContractEvent {
    id
    kind
    milestoneId
    actorName
    amountMinor
    message
    files {
      id
      fileName
      sizeBytes
    }
    createdAt
  }
`);
