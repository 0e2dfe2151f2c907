import { useMutation } from '@apollo/client/react';
import type { CreateOpsAccountInput } from '../gql/graphql';
import { CreateOpsAccountMutation } from './graphql/create-ops-account';

/** Creates a staff account; the new member chooses a password from an e-mailed link. */
export function useCreateOpsAccount() {
  const [create] = useMutation(CreateOpsAccountMutation);
  return async (input: CreateOpsAccountInput) => (await create({ variables: { input } })).data?.createOpsAccount;
}
