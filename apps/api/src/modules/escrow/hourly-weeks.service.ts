import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Contract, Milestone } from '../contracts/contracts.types.js';
import { HourlyContractsService } from '../contracts/hourly-contracts.service.js';
import { minutesCost, reviewWindow, weekLimitAmount, weeksContinue } from '../contracts/hourly-plan.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { Movements } from '../money/ledger/movements.js';
import { PaymentOperationsService } from '../payments/payment-operations.service.js';
import { EscrowService } from './escrow.service.js';

/**
 * The money side of an hourly week's close: the week is handed in with the minutes logged, to be
 * released when its review window closes, and what it held beyond their cost goes on to the next
 * week, which opens priced at its limit less that. A week nobody paid for closes cancelled.
 */
@Injectable()
export class HourlyWeeksService {
  constructor(
    private readonly contracts: ContractsService,
    private readonly hourlyContracts: HourlyContractsService,
    private readonly milestones: MilestonesService,
    private readonly escrow: EscrowService,
    private readonly ledger: LedgerService,
    private readonly operations: PaymentOperationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Closes the week with `minutesLogged` (the caller holds its timesheet's lock, so nothing is logged
   * meanwhile); `actorId` is the VA handing it in early, or null when the week ran out. Returns the
   * provider calls it owes: run them with `settle` after the commit.
   */
  async close(
    weekId: string,
    minutesLogged: number,
    actorId: string | null,
    now: Date,
    manager: EntityManager,
  ): Promise<string[]> {
    // The contract first, then the week: the order every flow that locks both keeps.
    const found = (await this.contracts.milestonesWithContracts([weekId])).get(weekId);
    if (!found) throw new Error(`No week ${weekId}.`);
    const contract = await this.contracts.lockContract(null, found.contract.id, manager);
    const locked = await this.milestones.lock(null, weekId, manager);
    const { milestone } = locked;
    const continues = weeksContinue(contract);
    const { heldMinor } = await this.escrow.money(weekId, manager);
    const refund = async (amountMinor: number) => {
      if (amountMinor === 0) return [];
      const message = refundReason(contract);
      return this.escrow.refundLocked(locked, { action: 'refund', amountMinor, actorId, message, now }, manager);
    };
    // The next week takes what it can hold (the limit may have gone down); the rest goes back to the card.
    const nextHolds = (unused: number) => (continues ? Math.min(unused, weekLimitAmount(contract.terms)) : 0);
    if (milestone.status === 'pending') {
      // Unpaid, so nothing was worked; what an earlier week carried into it moves on (or back) too.
      const carried = nextHolds(heldMinor);
      const owed = await refund(heldMinor - carried);
      // Refunded in full (a contract that ended), it is done; otherwise it closes cancelled.
      if (locked.milestone.status !== 'refunded') {
        const message = 'The week ended before it was paid for.';
        await this.milestones.apply(locked, { type: 'cancel' }, actorId, manager, { message }, now);
      }
      if (continues) await this.carryOn(contract, milestone, carried, now, manager);
      return owed;
    }
    const unused = heldMinor - Math.min(heldMinor, minutesCost(minutesLogged, contract.terms.hourlyRateMinor ?? 0));
    const carried = nextHolds(unused);
    let owed: string[];
    if (minutesLogged > 0) {
      const { closesAt } = reviewWindow(milestone.periodEnd as string, this.config.hourly);
      const submit = { type: 'submit' as const, minutesWorked: minutesLogged, releaseAt: closesAt };
      await this.milestones.apply(locked, submit, actorId, manager, {}, now);
      owed = await refund(unused - carried);
    } else {
      // Nothing worked: what the week held goes on to the next week, or back to the card.
      owed = await refund(unused - carried);
      if (continues) {
        const message = 'No time was logged: what the week held goes on to the next week.';
        await this.milestones.apply(locked, { type: 'closeEmpty' }, actorId, manager, { message }, now);
      }
    }
    if (continues) await this.carryOn(contract, milestone, carried, now, manager);
    return owed;
  }

  /** Opens the week after `week` with `carriedMinor` moved into it; carried in full, it is paid for already. */
  private async carryOn(
    contract: Contract,
    week: Milestone,
    carriedMinor: number,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    const next = await this.hourlyContracts.openNextWeek(contract, week, carriedMinor, manager);
    if (carriedMinor === 0) return;
    const from = { milestoneId: week.id, currency: contract.terms.currency, amountMinor: carriedMinor };
    await this.ledger.record(Movements.carry(next.eventId, from, next.weekId), manager);
    const nextLocked = await this.milestones.lock(null, next.weekId, manager);
    if (nextLocked.milestone.amountMinor === 0) {
      const message = 'Paid by what the week before left unused.';
      await this.milestones.apply(nextLocked, { type: 'fund' }, null, manager, { amountMinor: 0, message }, now);
    }
  }

  /**
   * Splits the cost of disputed minutes off a handed-in week into a milestone of their own, handed in
   * with them, so the rest of the week releases on its own clock. Returns the milestone the dispute is
   * to be opened on: the new part, or the week itself when the minutes cost all it holds. The caller
   * holds the week's timesheet lock and opens the dispute in the same transaction.
   */
  async splitDisputed(
    weekId: string,
    minutes: number,
    actorId: string,
    now: Date,
    manager: EntityManager,
  ): Promise<string> {
    const found = (await this.contracts.milestonesWithContracts([weekId])).get(weekId);
    if (!found) throw new Error(`No week ${weekId}.`);
    const contract = await this.contracts.lockContract(null, found.contract.id, manager);
    const week = await this.milestones.lockFor(null, weekId, 'openDispute', manager);
    const { heldMinor } = await this.escrow.money(weekId, manager);
    const amountMinor = Math.min(heldMinor, minutesCost(minutes, contract.terms.hourlyRateMinor ?? 0));
    if (amountMinor === heldMinor) return weekId;
    const partId = await this.hourlyContracts.splitWeek(contract, week.milestone, amountMinor, manager);
    const part = await this.milestones.lock(null, partId, manager);
    const split = { type: 'splitOff' as const, minutesWorked: minutes };
    const eventId = await this.milestones.apply(part, split, actorId, manager, { amountMinor }, now);
    const from = { milestoneId: weekId, currency: contract.terms.currency, amountMinor };
    await this.ledger.record(Movements.carry(eventId as string, from, partId), manager);
    return partId;
  }

  /** Makes the provider calls a close owed, after its transaction committed (retried every minute if this fails). */
  settle(operationIds: string[]): Promise<void> {
    return this.operations.runAll(operationIds);
  }
}

/** Why a closing week gives money back: the contract ended, it is paused, or the next week's limit is lower. */
function refundReason(contract: { status: string; pausedAt: Date | null }): string {
  if (contract.status !== 'active') return 'Time not worked on a contract that has ended.';
  if (contract.pausedAt) return 'The contract is paused: time not worked goes back to the card.';
  return 'The weekly limit went down: what the next week cannot hold goes back to the card.';
}
