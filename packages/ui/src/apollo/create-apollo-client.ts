import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * One client per app. Cookies carry the session (same origin); the custom header is the
 * API's CSRF check, which a cross-site form or script cannot satisfy.
 */
export function createApolloClient(): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri: '/graphql', credentials: 'same-origin', headers: { 'x-delegate-csrf': '1' } }),
    cache: new InMemoryCache(),
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
  });
}
