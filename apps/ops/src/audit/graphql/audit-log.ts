import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog($offset: Int!, $limit: Int!, $action: String) {
    auditLog(offset: $offset, limit: $limit, action: $action) {
      totalCount
      items {
        id
        actorId
        action
        targetType
        targetId
        details
        createdAt
      }
    }
  }
`);
