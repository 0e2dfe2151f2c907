import { useMutation } from '@apollo/client/react';
import type { RequestPasswordResetInput, ResetPasswordInput } from '../gql/graphql';
import { RequestPasswordResetMutation } from './graphql/request-password-reset';
import { ResetPasswordMutation } from './graphql/reset-password';

/** A forgotten password: the e-mail with a link, then the new password. */
export function usePasswordReset() {
  const [requestReset] = useMutation(RequestPasswordResetMutation);
  const [resetPassword] = useMutation(ResetPasswordMutation);
  return {
    requestReset: (input: RequestPasswordResetInput) => requestReset({ variables: { input } }),
    resetPassword: (input: ResetPasswordInput) => resetPassword({ variables: { input } }),
  };
}
