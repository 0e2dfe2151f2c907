import { useQuery } from '@apollo/client/react';
import type { AuditLogQueryVariables } from '../gql/graphql';
import { AuditLogQuery } from './graphql/audit-log';

/** The audit log, newest first, filtered. */
export function useAuditLog(variables: AuditLogQueryVariables) {
  return useQuery(AuditLogQuery, { variables });
}
