import { useQuery } from '@apollo/client/react';
import { TimeToCandidatesQuery } from './graphql/time-to-candidates';

/** How fast posts published in the period got matches, invitations and proposals. */
export function useTimeToCandidates(period: { from: string; to: string }) {
  return useQuery(TimeToCandidatesQuery, { variables: period });
}
