import { graphql } from '../../gql';

export const AuditLogQuery = graphql(`
  query AuditLog(
    $offset: Int!
    $limit: Int!
    $action: String
    $targetType: String
    $targetId: String
    $from: DateTime
    $to: DateTime
  ) {
    auditLog(
      offset: $offset
      limit: $limit
      action: $action
      targetType: $targetType
      targetId: $targetId
      from: $from
      to: $to
    ) {
      totalCount
      items {
        id
        actorId
        actorName
        action
        targetType
        targetId
        details
        createdAt
      }
    }
  }
`);
