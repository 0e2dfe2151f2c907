import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';

/**
 * What a change to a contract shows on: its page, its timeline and its disputes. The one list every
 * contract action refreshes, so a new view of a contract is added here once.
 */
const CONTRACT_VIEWS = ['Contract', 'ContractEvents', 'ContractDisputes', 'HourlyWeeks'];

/** A mutation on a contract (its milestones, disputes, bonus or ending) that refreshes what shows it. */
export function useContractMutation<TData, TVariables extends OperationVariables>(
  mutation: TypedDocumentNode<TData, TVariables>,
) {
  return useMutation(mutation, { refetchQueries: CONTRACT_VIEWS, awaitRefetchQueries: true });
}
