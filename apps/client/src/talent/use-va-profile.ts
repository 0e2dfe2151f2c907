import { useQuery } from '@apollo/client/react';
import { VaProfileQuery } from './graphql/va-profile.query';

/** A VA's profile, reputation and published reviews (a page of them), with the rate in `currency` too. */
export function useVaProfile(id: string, currency: string | null, offset: number, limit: number) {
  return useQuery(VaProfileQuery, { variables: { id, currency, offset, limit }, fetchPolicy: 'cache-and-network' });
}
