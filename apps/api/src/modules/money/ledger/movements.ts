import { Accounts } from './accounts.js';
import type { LedgerKind } from './ledger-transaction.entity.js';

/** One business action's money movement, in one currency. Positive amounts are debits. */
export interface LedgerEntry {
  idempotencyKey: string;
  kind: LedgerKind;
  milestoneId?: string | null;
  memo?: string;
  currency: string;
  postings: Array<{ account: string; amountMinor: number }>;
}

declare const named: unique symbol;
/** A ledger entry built by one of the named movements below: the only kind the ledger records. */
export type Movement = LedgerEntry & { readonly [named]: true };

/** Money one milestone's action moves, in its currency. */
interface Amount {
  milestoneId: string;
  currency: string;
  amountMinor: number;
}
/** Money that does not touch a milestone's escrow (a payment, a payout), noted against it if there is one. */
type LooseAmount = Omit<Amount, 'milestoneId'> & { milestoneId: string | null };

/** Leaves out postings of zero (a release with no fee has two lines, not three). */
function movement(entry: LedgerEntry): Movement {
  return { ...entry, postings: entry.postings.filter((posting) => posting.amountMinor !== 0) } as Movement;
}

/**
 * Every way money moves, named once: each builds its own balanced postings and its idempotency key
 * (one key per business action, so a retried action cannot move money twice). Flows compose them:
 * a bonus is a payment, a funding and a release; a dispute's split is a release and a refund.
 */
export const Movements = {
  /** The client paid: the money reached the platform's balance at the provider, still the client's. */
  payment: (paymentId: string, organizationId: string, { milestoneId, currency, amountMinor }: LooseAmount) =>
    movement({
      idempotencyKey: `payment:${paymentId}`,
      kind: 'payment',
      milestoneId,
      currency,
      postings: [
        { account: Accounts.clearing, amountMinor },
        { account: Accounts.clientFunding(organizationId), amountMinor: -amountMinor },
      ],
    }),

  /** A payment goes into the milestone's escrow. */
  funding: (paymentId: string, organizationId: string, { milestoneId, currency, amountMinor }: Amount) =>
    movement({
      idempotencyKey: `funding:${paymentId}`,
      kind: 'funding',
      milestoneId,
      currency,
      postings: [
        { account: Accounts.clientFunding(organizationId), amountMinor },
        { account: Accounts.escrow(milestoneId), amountMinor: -amountMinor },
      ],
    }),

  /** A payment nothing could hold (paid twice, or the milestone changed meanwhile) goes back to the card. */
  paymentReturned: (paymentId: string, organizationId: string, { milestoneId, currency, amountMinor }: Amount) =>
    movement({
      idempotencyKey: `refund:payment:${paymentId}`,
      kind: 'refund',
      milestoneId,
      currency,
      postings: [
        { account: Accounts.clientFunding(organizationId), amountMinor },
        { account: Accounts.clearing, amountMinor: -amountMinor },
      ],
    }),

  /** Held money released to the VA's payable, less the platform's fee; keyed by the timeline line. */
  release: (eventId: string, freelancerId: string, feeMinor: number, { milestoneId, currency, amountMinor }: Amount) =>
    movement({
      idempotencyKey: `release:${eventId}`,
      kind: 'release',
      milestoneId,
      currency,
      postings: [
        { account: Accounts.escrow(milestoneId), amountMinor },
        { account: Accounts.payable(freelancerId), amountMinor: -(amountMinor - feeMinor) },
        { account: Accounts.fees, amountMinor: -feeMinor },
      ],
    }),

  /**
   * Held money back to the client's card; keyed by the timeline line, and by its part when it goes
   * back to more than one payment (a week holding its own and carried money).
   */
  refund: (eventId: string, { milestoneId, currency, amountMinor }: Amount, part = 1) =>
    movement({
      idempotencyKey: part === 1 ? `refund:${eventId}` : `refund:${eventId}:${part}`,
      kind: 'refund',
      milestoneId,
      currency,
      postings: [
        { account: Accounts.escrow(milestoneId), amountMinor },
        { account: Accounts.clearing, amountMinor: -amountMinor },
      ],
    }),

  /**
   * Held money moves on to another milestone's escrow: what an hourly week left unused to the next
   * week, or the cost of its disputed entries to their own milestone; keyed by the receiving
   * milestone's timeline line. For each milestone, funded (paid in, plus carried in, less carried
   * out) stays equal to released + refunded + held.
   */
  carry: (eventId: string, from: Amount, toMilestoneId: string) =>
    movement({
      idempotencyKey: `carry:${eventId}`,
      kind: 'carry',
      milestoneId: toMilestoneId,
      currency: from.currency,
      memo: `from ${from.milestoneId}`,
      postings: [
        { account: Accounts.escrow(from.milestoneId), amountMinor: from.amountMinor },
        { account: Accounts.escrow(toMilestoneId), amountMinor: -from.amountMinor },
      ],
    }),

  /** The provider transferred a VA's payable to their payout account; keyed by the transfer. */
  payout: (transferKey: string, freelancerId: string, { milestoneId, currency, amountMinor }: LooseAmount) =>
    movement({
      idempotencyKey: `payout:${transferKey}`,
      kind: 'payout',
      milestoneId,
      currency,
      postings: [
        { account: Accounts.payable(freelancerId), amountMinor },
        { account: Accounts.clearing, amountMinor: -amountMinor },
      ],
    }),

  /**
   * Undoes a movement the provider refused to carry out (a refund): the same kind with the signs
   * turned, so sums by kind stay true.
   */
  reversal: (original: LedgerEntry) =>
    movement({
      ...original,
      idempotencyKey: `reverse:${original.idempotencyKey}`,
      postings: original.postings.map((posting) => ({ account: posting.account, amountMinor: -posting.amountMinor })),
    }),
};
