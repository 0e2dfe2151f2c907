import type { ContractEntity } from './entities/contract.entity.js';

/** A paid trial is on until the client continues after it (or the contract ends). */
export function inTrial(contract: Pick<ContractEntity, 'terms' | 'trialContinuedAt' | 'status'>): boolean {
  return (
    contract.terms.trialWeeks > 0 &&
    contract.terms.kind !== 'hourly' &&
    contract.trialContinuedAt === null &&
    contract.status === 'active'
  );
}
