import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { type ApprovalRequest, ApprovalsService, type Member } from '../approvals/approvals.service.js';
import { ContractsService } from '../contracts/contracts.service.js';
import { MilestonesService } from '../contracts/milestones.service.js';

/**
 * Bonuses: the business pays the VA extra on a contract. A bonus is a milestone of its own, paid like
 * any other and released to the VA as soon as the payment is booked (escrow's `settlePayment`). Above
 * the organisation's approval amount, a member who is not an admin needs an admin to approve it first.
 */
@Injectable()
export class BonusesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsService,
    private readonly milestones: MilestonesService,
    private readonly approvals: ApprovalsService,
  ) {}

  onModuleInit(): void {
    this.approvals.register('bonus', {
      lockSubject: async (request, manager) => {
        await this.milestones.lock(null, request.subjectId, manager);
      },
      // Approving only lifts the hold: the business pays it like any milestone.
      approve: async (request, _approverId, manager) => ({ done: await this.stillUnpaid(request, manager) }),
      close: async (request, _outcome, manager) => {
        const locked = await this.milestones.lock(null, request.subjectId, manager);
        if (this.milestones.allows(locked.milestone, 'cancel')) {
          await this.milestones.apply(locked, { type: 'cancel' }, null, manager);
        }
      },
    });
  }

  /** Adds a bonus to the contract, ready to pay (or waiting for an admin); returns its milestone's id. */
  async give(member: Member, contractId: string, amountMinor: number, message: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.lockContract(
        { organizationId: member.organizationId },
        contractId,
        manager,
      );
      const { currency } = contract.terms;
      const minimum = await this.contracts.smallestMilestone(currency, manager);
      if (!Number.isSafeInteger(amountMinor) || amountMinor < minimum) {
        throw new BadUserInputError('A bonus is at least the smallest milestone.', { amountMinor: 'belowMinimum' });
      }
      const milestoneId = await this.contracts.addBonus(
        contract,
        { amountMinor, actorId: member.userId, message },
        manager,
      );
      const stake = { amountMinor, currency };
      const scope = { scopeId: contractId, subjectId: milestoneId };
      const { waits, commitmentId } = await this.approvals.commit(member, 'bonus', stake, scope, manager);
      if (waits) {
        await this.approvals.request(
          {
            kind: 'bonus',
            organizationId: member.organizationId,
            subjectId: milestoneId,
            contractId,
            ...stake,
            requestedBy: member.userId,
            payload: { note: message },
            commitmentId,
          },
          manager,
        );
      }
      return milestoneId;
    });
  }

  /** Read under the lock the approval took on the bonus's milestone. */
  private async stillUnpaid(request: ApprovalRequest, manager: EntityManager): Promise<boolean> {
    const { milestone } = await this.milestones.lock(null, request.subjectId, manager);
    return milestone.status === 'pending';
  }
}
