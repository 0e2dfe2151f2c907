import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type {
  ChangePasswordInput,
  ClientSignUpInput,
  RequestPasswordResetInput,
  ResetPasswordInput,
  SignInInput,
  SignUpInput,
  UpdateAccountInput,
} from '../gql/graphql';
import { ChangePasswordMutation } from './graphql/change-password';
import { InvitationQuery } from './graphql/invitation';
import { RequestPasswordResetMutation } from './graphql/request-password-reset';
import { ResetPasswordMutation } from './graphql/reset-password';
import { SignInMutation } from './graphql/sign-in';
import { SignOutMutation } from './graphql/sign-out';
import { SignOutEverywhereMutation } from './graphql/sign-out-everywhere';
import { SignUpClientMutation } from './graphql/sign-up-client';
import { SignUpFreelancerMutation } from './graphql/sign-up-freelancer';
import { UpdateAccountMutation } from './graphql/update-account';

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

/** The signed-in person's own account: details, language, password. Stable across renders (effects call it). */
export function useAccountSettings() {
  const [updateAccount] = useMutation(UpdateAccountMutation);
  const [changePassword] = useMutation(ChangePasswordMutation);
  return useMemo(
    () => ({
      updateAccount: (input: UpdateAccountInput) => updateAccount({ variables: { input } }),
      changePassword: (input: ChangePasswordInput) => changePassword({ variables: { input } }),
    }),
    [updateAccount, changePassword],
  );
}

/** A forgotten password: the e-mail with a link, then the new password. */
export function usePasswordReset() {
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const [resetPassword] = useMutation(ResetPasswordMutation);
  return {
    requestReset: (input: RequestPasswordResetInput) => requestReset({ variables: { input } }),
    resetPassword: (input: ResetPasswordInput) => resetPassword({ variables: { input } }),
  };
}
