import { useQuery } from '@apollo/client/react';
import { MeQuery } from './graphql/me';

/** The signed-in account (null when signed out), shared by every page through Apollo's cache. */
export function useViewer() {
  const { data, loading, error, refetch } = useQuery(MeQuery);
  return { viewer: data?.me ?? null, loading: loading && !data, error, refetch };
}
