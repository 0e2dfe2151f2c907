import { useMutation } from '@apollo/client/react';
import { useMemo } from 'react';
import type { ChangePasswordInput, UpdateAccountInput } from '../gql/graphql';
import { ChangePasswordMutation } from './graphql/change-password';
import { UpdateAccountMutation } from './graphql/update-account';

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
