import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import type { ClientSignUpInput, SignInInput, SignUpInput } from '../gql/graphql';
import { InvitationQuery } from './graphql/invitation';
import { SignInMutation } from './graphql/sign-in';
import { SignOutMutation } from './graphql/sign-out';
import { SignOutEverywhereMutation } from './graphql/sign-out-everywhere';
import { SignUpClientMutation } from './graphql/sign-up-client';
import { SignUpFreelancerMutation } from './graphql/sign-up-freelancer';

/**
 * Signing up, in and out. Each empties Apollo's cache afterwards: what it held belonged to the
 * previous session (refetching what is on screen after a sign-in, dropping it after a sign-out).
 */
export function useSession() {
  const client = useApolloClient();
  const [signIn] = useMutation(SignInMutation);
  const [signUpClient] = useMutation(SignUpClientMutation);
  const [signUpFreelancer] = useMutation(SignUpFreelancerMutation);
  const [signOut] = useMutation(SignOutMutation);
  const [signOutEverywhere, signingOutEverywhere] = useMutation(SignOutEverywhereMutation);
  return {
    signIn: async (input: SignInInput) => {
      await signIn({ variables: { input } });
      await client.resetStore();
    },
    signUpClient: async (input: ClientSignUpInput) => {
      await signUpClient({ variables: { input } });
      await client.resetStore();
    },
    signUpFreelancer: async (input: SignUpInput) => {
      await signUpFreelancer({ variables: { input } });
      await client.resetStore();
    },
    /** Signs out here even when the server cannot be reached: the session cookie expires on its own. */
    signOut: async () => {
      await signOut().catch(() => undefined);
      await client.clearStore();
    },
    signOutEverywhere: async () => {
      await signOutEverywhere();
      await client.clearStore();
    },
    signingOutEverywhere: signingOutEverywhere.loading,
  };
}

/** The invitation a sign-up link carries (none without a token). */
export function useInvitation(token: string | null) {
  return useQuery(InvitationQuery, { variables: { token: token ?? '' }, skip: !token });
}
