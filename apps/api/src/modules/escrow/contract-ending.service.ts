import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addDays } from 'date-fns';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import { ContractNotFoundError, ContractStateError } from '../contracts/contracts.errors.js';
import { type ContractActor, ContractsRepository, type Party } from '../contracts/contracts.repository.js';
import { inTrial } from '../contracts/contracts.service.js';
import { ContractEntity, type ContractSide } from '../contracts/entities/contract.entity.js';
import type { ContractEventKind } from '../contracts/entities/contract-event.entity.js';
import { ContractMilestoneEntity } from '../contracts/entities/contract-milestone.entity.js';
import { monthAt, periodOf, shiftDays } from '../contracts/retainer-plan.js';
import { RetainersService } from '../contracts/retainers.service.js';
import { EscrowRepository } from './escrow.repository.js';
import { EscrowService } from './escrow.service.js';

const WIND_DOWN_TASK = 'contracts.wind-down';
const BATCH = 100;

/**
 * Ending contracts, and what happens to their money. Either side may end a contract at any time:
 * - milestones nobody paid for are cancelled;
 * - handed-in or disputed work runs its course (approval, auto-release, the dispute);
 * - money held for work not handed in goes back to the client at once when the VA ends, and after
 *   the wind-down days when the client ends (the VA may still hand in what was done).
 * A retainer past its trial ends after its notice days: periods starting after the last day are
 * cancelled at once, the rest run, and the contract ends the day after. During a paid trial either
 * side ends at once, without notice.
 */
@Injectable()
export class ContractEndingService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contracts: ContractsRepository,
    private readonly retainers: RetainersService,
    private readonly escrow: EscrowService,
    private readonly repository: EscrowRepository,
    private readonly approvals: ApprovalsService,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: WIND_DOWN_TASK,
      policy: 'singleton',
      cron: '*/15 * * * *',
      handler: async () => {
        await this.endNoticeServed();
        await this.refundWoundDown();
      },
    });
  }

  /** Ends the contract now, or gives notice (a retainer past its trial). */
  async end(actor: ContractActor, contractId: string, reason: string, now = new Date()): Promise<void> {
    // Ending sends held money on its way (refunds, releases of what is handed in).
    if (actor.side === 'client') assertMayMoveHeldMoney(actor.role);
    const refunds = await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockActive(actor.party, contractId, manager);
      const noticeDays =
        contract.terms.kind === 'retainer' && !inTrial(contract) ? (contract.terms.noticeDays ?? 0) : 0;
      if (noticeDays === 0) return this.finish(contract, actor.side, actor.userId, reason, now, manager);
      const endsOn = shiftDays(today(now), noticeDays);
      await manager
        .getRepository(ContractEntity)
        .update({ id: contract.id }, { endsOn, endedBy: actor.side, endReason: reason });
      await this.event(contract, null, 'notice_given', actor.userId, manager, reason);
      const periods = await this.contracts.contractPeriods(contract.id, manager);
      for (const [index, period] of periods.entries()) {
        if (period.status !== 'pending' || period.periodStart === null) continue;
        if (period.periodStart > endsOn) await this.cancel(contract, period.id, actor.userId, manager);
        else await this.cutUnpaid(contract, period, periods[index - 1] ?? null, endsOn, manager);
      }
      return [];
    });
    for (const id of refunds) await this.escrow.runOperation(id);
  }

  /** The client continues after the paid trial: later milestones can be paid (a retainer's months open). */
  async continueAfterTrial(actor: ContractActor, contractId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockActive(actor.party, contractId, manager);
      if (!inTrial(contract)) throw new ContractStateError('There is no trial to continue after.');
      await manager.getRepository(ContractEntity).update({ id: contract.id }, { trialContinuedAt: now });
      await this.event(contract, null, 'trial_continued', actor.userId, manager);
      await this.retainers.openPeriods({ ...contract, trialContinuedAt: now }, now, manager);
    });
  }

  /** Retainers whose notice has run out end (the day after their last day); returns how many. */
  async endNoticeServed(now = new Date()): Promise<number> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT id FROM contracts WHERE status = 'active' AND ends_on < $1::date LIMIT ${BATCH}`,
      [today(now)],
    );
    let ended = 0;
    for (const { id } of due) {
      const refunds = await this.dataSource.transaction(async (manager) => {
        const contract = await this.contracts.lockContract(id, null, manager);
        if (contract?.status !== 'active' || !contract.endsOn || contract.endsOn >= today(now)) return null;
        return this.finish(contract, contract.endedBy ?? 'client', null, contract.endReason, now, manager);
      });
      if (!refunds) continue;
      ended += 1;
      for (const operationId of refunds) await this.escrow.runOperation(operationId);
    }
    return ended;
  }

  /** Money the VA did not hand in work for within the wind-down goes back to the client; returns how many. */
  async refundWoundDown(now = new Date()): Promise<number> {
    const due = await this.dataSource.getRepository(ContractMilestoneEntity).find({
      select: { id: true },
      where: { autoRefundAt: LessThanOrEqual(now), status: In(['funded', 'changes_requested']) },
      order: { autoRefundAt: 'ASC' },
      take: BATCH,
    });
    let refunded = 0;
    for (const { id } of due) {
      const operationId = await this.dataSource.transaction(async (manager) => {
        const locked = await this.repository.lockMilestone(id, null, manager);
        const { status, autoRefundAt } = locked?.milestone ?? {};
        // Checked again under the lock: the VA may have handed the work in meanwhile.
        if (!locked || !autoRefundAt || autoRefundAt > now || !['funded', 'changes_requested'].includes(status ?? '')) {
          return null;
        }
        const { heldMinor } = await this.escrow.money(id, manager);
        if (heldMinor === 0) return null;
        return this.escrow.refundLocked(locked, heldMinor, null, manager);
      });
      if (!operationId) continue;
      refunded += 1;
      await this.escrow.runOperation(operationId);
    }
    return refunded;
  }

  /** Ends a locked contract now; returns the refunds it owes (run them after the commit). */
  private async finish(
    contract: ContractEntity,
    side: ContractSide,
    actorId: string | null,
    reason: string,
    now: Date,
    manager: EntityManager,
  ): Promise<string[]> {
    const refunds: string[] = [];
    for (const { id } of await this.contracts.contractMilestones(contract.id, manager)) {
      const locked = await this.repository.lockMilestone(id, null, manager);
      const status = locked?.milestone.status;
      if (!locked) continue;
      if (status === 'pending') await this.cancel(contract, id, actorId, manager);
      if (status !== 'funded' && status !== 'changes_requested') continue;
      if (side === 'client') {
        const autoRefundAt = addDays(now, this.config.escrow.windDownDays);
        await this.repository.updateMilestone(id, { autoRefundAt }, manager);
        continue;
      }
      const { heldMinor } = await this.escrow.money(id, manager);
      if (heldMinor > 0) refunds.push(await this.escrow.refundLocked(locked, heldMinor, actorId, manager, reason));
    }
    await manager
      .getRepository(ContractEntity)
      .update({ id: contract.id }, { status: 'ended', endedAt: now, endedBy: side, endReason: reason });
    await this.event(contract, null, 'ended', actorId, manager, reason);
    return refunds;
  }

  private async cancel(contract: ContractEntity, milestoneId: string, actorId: string | null, manager: EntityManager) {
    const locked = await this.repository.lockMilestone(milestoneId, null, manager);
    if (locked?.milestone.status !== 'pending') return;
    await this.repository.updateMilestone(milestoneId, { status: 'cancelled' }, manager);
    await this.event(contract, milestoneId, 'cancelled', actorId, manager);
    // A bonus still waiting for an admin will not be paid now.
    await this.approvals.cancelPending(milestoneId, actorId, manager);
  }

  /**
   * An unpaid period running past the last day is cut to it. One already paid, or being paid (its
   * payment was created for the whole amount), stays whole: the VA may refund the unused part.
   */
  private async cutUnpaid(
    contract: ContractEntity,
    milestone: ContractMilestoneEntity,
    previous: ContractMilestoneEntity | null,
    lastDay: string,
    manager: EntityManager,
  ): Promise<void> {
    const locked = await this.repository.lockMilestone(milestone.id, null, manager);
    const { status, periodStart } = locked?.milestone ?? {};
    if (status !== 'pending' || !periodStart) return;
    if (await this.repository.pendingPayment(milestone.id, manager)) return;
    const { periodEnd, amountMinor, minutesIncluded } = monthAt(
      contract.terms,
      periodStart,
      previous && periodOf(previous),
      lastDay,
    );
    await this.repository.updateMilestone(milestone.id, { periodEnd, amountMinor, minutesIncluded }, manager);
  }

  private async lockActive(party: Party, contractId: string, manager: EntityManager): Promise<ContractEntity> {
    const contract = await this.contracts.lockContract(contractId, party, manager);
    if (!contract) throw new ContractNotFoundError();
    if (contract.status === 'ended') throw new ContractStateError('This contract has ended.');
    if (contract.endsOn) throw new ContractStateError(`Notice was given: this contract ends on ${contract.endsOn}.`);
    return contract;
  }

  private async event(
    contract: ContractEntity,
    milestoneId: string | null,
    kind: ContractEventKind,
    actorId: string | null,
    manager: EntityManager,
    message = '',
  ): Promise<void> {
    await this.repository.addEvent({ contractId: contract.id, milestoneId, kind, actorId, message }, manager);
  }
}

/** The calendar day in UTC: notice runs in whole days. */
function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
