import { useMutation, useQuery } from '@apollo/client/react';
import { JobThreadQuery } from './graphql/job-thread.query';
import { SendJobMessageMutation } from './graphql/send-job-message.mutation';

/**
 * The conversation about a post between the business and one VA (the VA's own, when `freelancerId`
 * is left out), and sending to it: a sent message refreshes the thread.
 */
export function useJobThread(jobId: string, freelancerId: string | undefined, limit: number) {
  const variables = { jobId, freelancerId: freelancerId ?? null, offset: 0, limit };
  const thread = useQuery(JobThreadQuery, { variables, fetchPolicy: 'cache-and-network' });
  const [send] = useMutation(SendJobMessageMutation, {
    refetchQueries: [{ query: JobThreadQuery, variables }],
    awaitRefetchQueries: true,
  });
  return {
    ...thread,
    send: (body: string) => send({ variables: { input: { jobId, freelancerId: variables.freelancerId, body } } }),
  };
}
