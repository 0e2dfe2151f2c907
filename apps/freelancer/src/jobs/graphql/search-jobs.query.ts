import { graphql } from '../../gql';

export const SearchJobsQuery = graphql(`
  query SearchJobs($query: String, $skillIds: [ID!], $budgetKind: BudgetKind, $offset: Int!, $limit: Int!) {
    skills {
      id
      slug
      name
    }
    searchJobListings(query: $query, skillIds: $skillIds, budgetKind: $budgetKind, offset: $offset, limit: $limit) {
      totalCount
      items {
        ...ListingSummary
      }
    }
  }
`);
