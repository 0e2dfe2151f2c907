import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { shiftDays } from '../../platform/time/local-date.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import { ContractStateError } from '../contracts/contracts.errors.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Contract, ContractActor, ContractSide, Milestone, Party } from '../contracts/contracts.types.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { inTrial } from '../contracts/trial.js';
import { PaymentOperationsService } from '../payments/payment-operations.service.js';
import { EscrowRepository } from './escrow.repository.js';
import { EscrowService } from './escrow.service.js';

const WIND_DOWN_TASK = 'contracts.wind-down';
const BATCH = 100;

/**
 * Ending contracts, and what happens to their money. Either side may end a contract at any time:
 * - milestones nobody paid for are cancelled, except retainer overage: its hours were worked, so it
 *   stays owed (the saved card pays it, or the business by hand);
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
    private readonly contracts: ContractsService,
    private readonly milestones: MilestonesService,
    private readonly escrow: EscrowService,
    private readonly operations: PaymentOperationsService,
    private readonly repository: EscrowRepository,
    private readonly approvals: ApprovalsService,
    private readonly background: BackgroundJobs,
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
      await this.contracts.giveNotice(contract, { endsOn, side: actor.side, actorId: actor.userId, reason }, manager);
      const periods = await this.contracts.milestonesOf(contract.id, manager, 'periods');
      for (const [index, period] of periods.entries()) {
        if (period.status !== 'pending' || period.periodStart === null) continue;
        if (period.periodStart > endsOn) await this.cancel(period.id, actor.userId, manager);
        else await this.cutUnpaid(period, periods[index - 1] ?? null, endsOn, manager);
      }
      return [];
    });
    await this.operations.runAll(refunds);
  }

  /** The client continues after the paid trial: later milestones can be paid (a retainer's months open). */
  async continueAfterTrial(actor: ContractActor, contractId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockActive(actor.party, contractId, manager);
      await this.contracts.continueAfterTrial(contract, actor.userId, now, manager);
    });
  }

  /** Retainers whose notice has run out end (the day after their last day); returns how many. */
  async endNoticeServed(now = new Date()): Promise<number> {
    let ended = 0;
    for (const id of await this.contracts.noticeServed(today(now), BATCH)) {
      const refunds = await this.dataSource.transaction(async (manager) => {
        const contract = await this.contracts.lockContract(null, id, manager);
        if (contract.status !== 'active' || !contract.endsOn || contract.endsOn >= today(now)) return null;
        return this.finish(contract, contract.endedBy ?? 'client', null, contract.endReason, now, manager);
      });
      if (!refunds) continue;
      ended += 1;
      await this.operations.runAll(refunds);
    }
    return ended;
  }

  /** Money the VA did not hand in work for within the wind-down goes back to the client; returns how many. */
  async refundWoundDown(now = new Date()): Promise<number> {
    let refunded = 0;
    for (const id of await this.milestones.dueForAutoRefund(now, BATCH)) {
      const operationIds = await this.dataSource.transaction(async (manager) => {
        const locked = await this.milestones.lock(null, id, manager);
        // Checked again under the lock: the VA may have handed the work in meanwhile.
        if (!this.milestones.allows(locked.milestone, 'autoRefund', now)) return null;
        const { heldMinor } = await this.escrow.money(id, manager);
        if (heldMinor === 0) return null;
        return this.escrow.refundLocked(
          locked,
          { action: 'autoRefund', amountMinor: heldMinor, actorId: null, now },
          manager,
        );
      });
      if (!operationIds) continue;
      refunded += 1;
      await this.operations.runAll(operationIds);
    }
    return refunded;
  }

  /** Ends a locked contract now; returns the refunds it owes (run them after the commit). */
  private async finish(
    contract: Contract,
    side: ContractSide,
    actorId: string | null,
    reason: string,
    now: Date,
    manager: EntityManager,
  ): Promise<string[]> {
    const refunds: string[] = [];
    for (const { id } of await this.contracts.milestonesOf(contract.id, manager)) {
      const locked = await this.milestones.lock(null, id, manager);
      const { status } = locked.milestone;
      if (status === 'pending' && locked.milestone.overageOfId) continue;
      if (status === 'pending') {
        // An hourly week may hold what the week before carried into it: that goes back to the card.
        const { heldMinor } = await this.escrow.money(id, manager);
        if (heldMinor === 0) await this.cancel(id, actorId, manager);
        else {
          const refund = { action: 'refund' as const, amountMinor: heldMinor, actorId, message: reason, now };
          refunds.push(...(await this.escrow.refundLocked(locked, refund, manager)));
        }
        continue;
      }
      if (status !== 'funded' && status !== 'changes_requested') continue;
      if (side === 'client') {
        await this.milestones.apply(locked, { type: 'windDown' }, actorId, manager, {}, now);
        continue;
      }
      const { heldMinor } = await this.escrow.money(id, manager);
      const refund = { action: 'refund' as const, amountMinor: heldMinor, actorId, message: reason };
      if (heldMinor > 0) refunds.push(...(await this.escrow.refundLocked(locked, refund, manager)));
    }
    await this.contracts.markEnded(contract, { side, actorId, reason, now }, manager);
    return refunds;
  }

  private async cancel(milestoneId: string, actorId: string | null, manager: EntityManager) {
    const locked = await this.milestones.lock(null, milestoneId, manager);
    if (!this.milestones.allows(locked.milestone, 'cancel')) return;
    await this.milestones.apply(locked, { type: 'cancel' }, actorId, manager);
    // A bonus still waiting for an admin will not be paid now.
    await this.approvals.cancelPending(milestoneId, actorId, manager);
  }

  /**
   * An unpaid period running past the last day is cut to it. One already paid, or being paid (its
   * payment was created for the whole amount), stays whole: the VA may refund the unused part.
   */
  private async cutUnpaid(
    milestone: Milestone,
    previous: Milestone | null,
    lastDay: string,
    manager: EntityManager,
  ): Promise<void> {
    const locked = await this.milestones.lock(null, milestone.id, manager);
    if (await this.repository.pendingPayment(milestone.id, manager)) return;
    await this.milestones.cutPeriod(locked, previous, lastDay, manager);
  }

  private async lockActive(party: Party, contractId: string, manager: EntityManager): Promise<Contract> {
    const contract = await this.contracts.lockContract(party, contractId, manager);
    if (contract.status === 'ended') throw new ContractStateError('This contract has ended.');
    if (contract.endsOn) throw new ContractStateError(`Notice was given: this contract ends on ${contract.endsOn}.`);
    return contract;
  }
}

/** The calendar day in UTC: notice runs in whole days. */
function today(now: Date): string {
  return now.toISOString().slice(0, 10);
}
