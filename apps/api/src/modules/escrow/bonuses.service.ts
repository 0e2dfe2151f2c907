import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { ApprovalsService, type Member } from '../approvals/approvals.service.js';
import type { ApprovalRequestEntity } from '../approvals/entities/approval-request.entity.js';
import { ContractNotFoundError } from '../contracts/contracts.errors.js';
import { ContractsRepository } from '../contracts/contracts.repository.js';
import { ContractsService } from '../contracts/contracts.service.js';
import { ContractMilestoneEntity } from '../contracts/entities/contract-milestone.entity.js';
import { EscrowRepository } from './escrow.repository.js';

/**
 * Bonuses: the business pays the VA extra on a contract. A bonus is a milestone of its own, paid like
 * any other and released to the VA as soon as the payment is booked (escrow's `settlePayment`). Above
 * the organisation's approval amount, a member who is not an admin needs an admin to approve it first.
 */
@Injectable()
export class BonusesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsRepository,
    private readonly repository: EscrowRepository,
    private readonly contractsService: ContractsService,
    private readonly approvals: ApprovalsService,
  ) {}

  onModuleInit(): void {
    this.approvals.register('bonus', {
      lockSubject: async (request, manager) => {
        await this.repository.lockMilestone(request.subjectId, null, manager);
      },
      // Approving only lifts the hold: the business pays it like any milestone.
      approve: async (request, _approverId, manager) => ({ done: await this.stillUnpaid(request, manager) }),
      close: async (request, _outcome, manager) => {
        if (!(await this.stillUnpaid(request, manager))) return;
        await this.repository.updateMilestone(request.subjectId, { status: 'cancelled' }, manager);
        await this.repository.addEvent(
          {
            contractId: request.contractId as string,
            milestoneId: request.subjectId,
            kind: 'cancelled',
            actorId: null,
          },
          manager,
        );
      },
    });
  }

  /** Adds a bonus to the contract, ready to pay (or waiting for an admin); returns its milestone's id. */
  async give(member: Member, contractId: string, amountMinor: number, message: string): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.lockContract(
        contractId,
        { organizationId: member.organizationId },
        manager,
      );
      if (!contract) throw new ContractNotFoundError();
      const { currency } = contract.terms;
      const minimum = await this.contractsService.smallestMilestone(currency, manager);
      if (!Number.isSafeInteger(amountMinor) || amountMinor < minimum) {
        throw new BadUserInputError('A bonus is at least the smallest milestone.', { amountMinor: 'belowMinimum' });
      }
      const bonus = { title: 'Bonus', amountMinor, dueDate: null, bonus: true };
      const milestoneId = await this.contracts.appendMilestone(contractId, bonus, manager);
      await this.repository.addEvent(
        { contractId, milestoneId, kind: 'bonus_added', actorId: member.userId, amountMinor, message },
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

  private async stillUnpaid(request: ApprovalRequestEntity, manager: EntityManager): Promise<boolean> {
    const milestone = await manager.getRepository(ContractMilestoneEntity).findOneBy({ id: request.subjectId });
    return milestone?.status === 'pending';
  }
}
