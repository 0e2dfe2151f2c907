import { useMutation, useQuery } from '@apollo/client/react';
import type { DecideApprovalInput } from '../gql/graphql';
import { ApprovalRequestsQuery } from './graphql/approval-requests.query';
import { CancelApprovalRequestMutation } from './graphql/cancel-approval-request.mutation';
import { DecideApprovalMutation } from './graphql/decide-approval.mutation';

/** A decision or a withdrawal changes the list it was made from. */
const REFRESH = { refetchQueries: ['ApprovalRequests'], awaitRefetchQueries: true };

/** Approval requests, newest first: only those waiting, or all. */
export function useApprovalRequests(waitingOnly: boolean, offset: number, limit: number) {
  return useQuery(ApprovalRequestsQuery, {
    variables: { status: waitingOnly ? 'PENDING' : null, offset, limit },
    fetchPolicy: 'cache-and-network',
  });
}

/** Approvers decide; whoever asked may withdraw their own request. */
export function useApprovalActions() {
  const [decide] = useMutation(DecideApprovalMutation, REFRESH);
  const [cancel] = useMutation(CancelApprovalRequestMutation, REFRESH);
  return {
    decide: (input: DecideApprovalInput) => decide({ variables: { input } }),
    withdraw: (id: string) => cancel({ variables: { id } }),
  };
}
