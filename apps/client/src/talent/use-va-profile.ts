import { useQuery } from '@apollo/client/react';
import { VaProfileQuery } from './graphql/va-profile.query';

/**
 * A VA's profile, reputation and published reviews (a page of them), with the rate in `currency` too
 * and the working day compared with the post `jobId` (or the viewer's office hours).
 */
export function useVaProfile(
  id: string,
  context: { currency: string | null; jobId: string | null },
  offset: number,
  limit: number,
) {
  return useQuery(VaProfileQuery, {
    variables: { id, ...context, offset, limit },
    fetchPolicy: 'cache-and-network',
  });
}
