/**
 * Accounts' display names by id, for features that the identity module itself depends on (the audit
 * log names its actors, and sign-in writes to the audit log). The platform knows no accounts: the
 * identity module provides this under `ACCOUNT_NAMES`.
 */
export interface AccountNames {
  /** Each account's display name (ids without an account are left out). */
  displayNames(ids: string[]): Promise<Map<string, string>>;
}
export const ACCOUNT_NAMES = Symbol('AccountNames');
