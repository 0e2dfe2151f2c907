import { createContext, useContext } from 'react';
import type { AccountKind } from './gql/graphql';

export type AppName = 'client' | 'freelancer' | 'ops';

export interface AppIdentity {
  name: AppName;
  accountKind: AccountKind;
  /** Whether people can create their own account in this app (not in the ops console). */
  allowsSignUp: boolean;
}

export const APPS: Record<AppName, AppIdentity> = {
  client: { name: 'client', accountKind: 'CLIENT', allowsSignUp: true },
  freelancer: { name: 'freelancer', accountKind: 'FREELANCER', allowsSignUp: true },
  ops: { name: 'ops', accountKind: 'OPS', allowsSignUp: false },
};

export const AppContext = createContext<AppIdentity>(APPS.client);
export const useApp = () => useContext(AppContext);
