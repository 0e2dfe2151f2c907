import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      email
      displayName
      kind
      opsRole
      locale
      timeZone
      organization {
        id
        name
        role
      }
    }
  }
`);
