/**
 * Background work a release to a VA asks for; invoicing registers the handler (the client's invoice
 * and the VA's earnings statement). Sent in the release's transaction, so it exists exactly when the
 * release does.
 */
export const MONEY_RELEASED_TASK = 'escrow.released';

export interface MoneyReleasedData {
  /** The release's line on the contract's timeline. */
  eventId: string;
}
