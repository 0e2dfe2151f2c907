import type { OrganizationRole } from '../../platform/access/actor.js';
import type { ContractEntity, ContractSide } from './entities/contract.entity.js';

export { CONTRACT_SIDES } from './entities/contract.entity.js';
export { MILESTONE_STATUSES, type MilestoneStatus } from './entities/contract-milestone.entity.js';
export type { ContractSide };

import type { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';

/** A contract and a milestone, as the features built on contracts read them. */
export type Contract = ContractEntity;
export type Milestone = ContractMilestoneEntity;

/** Who is asking: the organisation's members see its side, a VA sees their own. */
export type Party = { organizationId: string } | { freelancerId: string };
/**
 * A side of a contract acting on it (ending it, disputing a milestone): who, on which side, with which
 * scope, and (a business member) their role, which approval policies ask about.
 */
export type ContractActor = { side: ContractSide; userId: string; party: Party; role: OrganizationRole | null };

/** A milestone locked for a transaction, with its contract. */
export interface LockedMilestone {
  milestone: ContractMilestoneEntity;
  contract: ContractEntity;
}
