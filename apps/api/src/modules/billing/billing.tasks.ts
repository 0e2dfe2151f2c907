/**
 * Background work a saved card asks for; escrow registers the handler (it charges the organisation's
 * weeks waiting to be paid). Sent in the transaction that makes the card active.
 */
export const CARD_SAVED_TASK = 'billing.card-saved';

export interface CardSavedData {
  organizationId: string;
}
