import { graphql } from '../../gql';

export const MyProposalsQuery = graphql(`
  query MyProposals($offset: Int!, $limit: Int!) {
    myProposals(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...MyProposal
      }
    }
  }
`);
