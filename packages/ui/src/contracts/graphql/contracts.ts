import { graphql } from '../../gql';

export const ContractsQuery = graphql(`
  query Contracts($offset: Int!, $limit: Int!) {
    contracts(offset: $offset, limit: $limit) {
      totalCount
      items {
        id
        status
        createdAt
        organizationName
        job {
          id
          title
        }
        freelancer {
          id
          displayName
        }
        terms {
          ...Terms
        }
        milestones {
          id
          title
          amountMinor
        }
      }
    }
  }

  fragment Terms on ContractTerms {
    kind
    currency
    hourlyRateMinor
    weeklyLimitHours
    monthlyAmountMinor
    monthlyHours
    trialWeeks
    startDate
  }
`);
