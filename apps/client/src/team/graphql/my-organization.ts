import { graphql } from '../../gql';

export const MyOrganizationQuery = graphql(`
  query MyOrganization {
    myOrganization {
      id
      name
      country
      members {
        userId
        displayName
        email
        role
        joinedAt
      }
      invitations {
        id
        email
        role
        expiresAt
      }
    }
  }
`);
