import { graphql } from '../../gql';

export const OrganizationReputationQuery = graphql(`
  query OrganizationReputation($organizationId: ID!) {
    organizationReputation(organizationId: $organizationId) {
      ...ReputationFields
    }
  }
`);
