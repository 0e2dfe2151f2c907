/**
 * The ledger's accounts, one per party and purpose, named by a string (accounts are not rows: an
 * account exists once something is posted to it). Positive postings are debits, negative credits.
 */
export const Accounts = {
  /** Money in the platform's balance at the payment provider (Stripe, or the sandbox). Debit-normal. */
  clearing: 'platform:clearing',
  /** Fees the platform earned. Credit-normal. */
  fees: 'platform:fees',
  /** What a client paid that no milestone holds yet: zero unless a payment found nothing to fund. Credit-normal. */
  clientFunding: (organizationId: string) => `client:${organizationId}:funding`,
  /** Money held for one milestone. Credit-normal: `held = -balance`. */
  escrow: (milestoneId: string) => `milestone:${milestoneId}:escrow`,
  /** Released money owed to a VA until it is paid out. Credit-normal. */
  payable: (freelancerId: string) => `va:${freelancerId}:payable`,
} as const;

/** The milestone an escrow account holds money for. */
export function escrowMilestone(account: string): string | null {
  const match = /^milestone:(.+):escrow$/.exec(account);
  return match?.[1] ?? null;
}

export const ACCOUNT_KINDS = ['clearing', 'fees', 'funding', 'escrow', 'payable'] as const;
export type AccountKind = (typeof ACCOUNT_KINDS)[number];

/** Which of the account families above an account name belongs to (for the trial balance). */
export const ACCOUNT_KIND_SQL = `CASE
  WHEN account = '${Accounts.clearing}' THEN 'clearing'
  WHEN account = '${Accounts.fees}' THEN 'fees'
  WHEN account LIKE 'client:%' THEN 'funding'
  WHEN account LIKE 'milestone:%' THEN 'escrow'
  ELSE 'payable' END`;
