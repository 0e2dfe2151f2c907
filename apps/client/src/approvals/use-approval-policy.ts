import { useMutation, useQuery } from '@apollo/client/react';
import type { ApprovalPolicyInput } from '../gql/graphql';
import { ApprovalPolicyQuery } from './graphql/approval-policy.query';
import { SetApprovalPolicyMutation } from './graphql/set-approval-policy.mutation';

/** Which payments above what amount wait for an admin of the organisation. */
export function useApprovalPolicy() {
  return useQuery(ApprovalPolicyQuery);
}

export function useSaveApprovalPolicy() {
  const [save] = useMutation(SetApprovalPolicyMutation, {
    refetchQueries: ['ApprovalPolicy'],
    awaitRefetchQueries: true,
  });
  return (input: ApprovalPolicyInput) => save({ variables: { input } });
}
