/**
 * Background work a contract's end asks for; the features that follow contracts register handlers
 * (reviews open their cycle). Sent in the ending's transaction, so it exists exactly when the end does.
 */
export const CONTRACT_ENDED_TASK = 'contracts.ended';

export interface ContractEndedData {
  contractId: string;
}
