import { useMutation, useQuery } from '@apollo/client/react';
import type { DecideDisputeInput, DisputeStatus } from '../gql/graphql';
import { DecideDisputeMutation } from './graphql/decide-dispute.mutation';
import { DisputeQuery } from './graphql/dispute.query';
import { DisputesQuery } from './graphql/disputes.query';

/** Disputes of one status (mediation first) or all. */
export function useDisputes(status: DisputeStatus | null, offset: number, limit: number) {
  return useQuery(DisputesQuery, { variables: { status, offset, limit }, fetchPolicy: 'cache-and-network' });
}

/** One dispute with its contract, milestone and history, and ops' decision on it. */
export function useDispute(disputeId: string) {
  const dispute = useQuery(DisputeQuery, { variables: { disputeId }, fetchPolicy: 'cache-and-network' });
  const [decide] = useMutation(DecideDisputeMutation, { refetchQueries: ['DisputeDetail'], awaitRefetchQueries: true });
  return { ...dispute, decide: (input: DecideDisputeInput) => decide({ variables: { input } }) };
}
