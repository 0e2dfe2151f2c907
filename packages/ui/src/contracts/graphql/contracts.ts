import { graphql } from '../../gql';

export const ContractsQuery = graphql(`
  query Contracts($offset: Int!, $limit: Int!) {
    contracts(offset: $offset, limit: $limit) {
      totalCount
      items {
        ...ContractSummary
        milestones {
          id
          title
          amountMinor
        }
      }
    }
  }

  fragment ContractSummary on Contract {
    id
    status
    createdAt
    organizationName
    job {
      id
      title
    }
    freelancer {
      ...FreelancerRefFields
    }
    terms {
      ...Terms
    }
  }
`);
