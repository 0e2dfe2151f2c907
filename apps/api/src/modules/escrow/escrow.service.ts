import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganizationRole } from '../../platform/access/actor.js';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { feeOnRelease, shareOf } from '../../platform/money/shares.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { LockedMilestone } from '../contracts/contracts.types.js';
import { HandInFilesService } from '../contracts/hand-in-files.service.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { Movements } from '../money/ledger/movements.js';
import { type PaymentOperation, PaymentOperationsService } from '../payments/payment-operations.service.js';
import { PayoutsService } from '../payouts/payouts.service.js';
import {
  AmountExceedsHeldError,
  HourlyWeekChangesError,
  HourlyWeekHandInError,
  OverageChangesError,
} from './escrow.errors.js';
import { EscrowRepository } from './escrow.repository.js';
import { MONEY_RELEASED_TASK, type MoneyReleasedData } from './escrow.tasks.js';

/** The organisation member acting; `null` actor is the platform itself (auto-release). */
type ClientScope = { organizationId: string; userId: string; role: OrganizationRole };
/** How money leaves escrow towards the VA, and towards the client (the transition each one is). */
export interface Release {
  action: 'release' | 'autoRelease' | 'settleRelease';
  /** All that is held unless given. */
  amountMinor?: number;
  actorId: string | null;
  /** A smaller part is refused unless it is all that is held (dispute splits may be any part). */
  smallestPart?: number;
  now?: Date;
}
export interface Refund {
  action: 'refund' | 'autoRefund' | 'settleRefund';
  amountMinor: number;
  actorId: string | null;
  message?: string;
  now?: Date;
}

const AUTO_RELEASE_TASK = 'escrow.auto-release';
const BATCH = 100;

/**
 * Fixed-price escrow once a milestone is paid (`MilestonePaymentsService` books the money in): the VA
 * hands in the work, the client approves (release to the VA less the platform fee) or asks for
 * changes, or does nothing and the money releases itself; the VA may give money back. Every action
 * locks the milestone and applies its transition (contracts' milestones service) with the ledger
 * movements it makes, in one transaction; refunds and transfers to the provider are owed operations
 * made after the commit.
 */
@Injectable()
export class EscrowService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EscrowRepository,
    private readonly ledger: LedgerService,
    private readonly background: BackgroundJobs,
    private readonly payouts: PayoutsService,
    private readonly operations: PaymentOperationsService,
    private readonly handInFiles: HandInFilesService,
    private readonly contractsService: ContractsService,
    private readonly milestones: MilestonesService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.operations.register('refund', {
      refused: async (operation, reason, manager) => {
        await this.undoRefund(operation, reason, manager);
        return 'failed';
      },
    });
    this.background.register({
      name: AUTO_RELEASE_TASK,
      policy: 'singleton',
      cron: '*/5 * * * *',
      handler: async () => {
        await this.autoReleaseDue();
      },
    });
  }

  /** The platform fee on an amount released to the VA. */
  feeOf(amountMinor: number): number {
    return shareOf(amountMinor, this.config.escrow.feeBasisPoints);
  }

  /**
   * The VA hands in the work, with the files uploaded for it (a retainer period with the minutes
   * worked, which decide what rolls over and what overage is billed); the auto-release clock starts,
   * and an ended contract's refund clock stops.
   */
  async submit(
    freelancerId: string,
    milestoneId: string,
    hand: { message: string; minutesWorked?: number | null; fileIds?: string[] },
    now = new Date(),
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // The contract first, then the milestone (the order every flow that locks both keeps): a period's
      // hand-in may add an overage milestone after the contract's last, as a new month may meanwhile.
      const found = (await this.contractsService.milestonesWithContracts([milestoneId])).get(milestoneId);
      if (found) await this.contractsService.lockContract(null, found.contract.id, manager);
      const locked = await this.milestones.lockFor({ freelancerId }, milestoneId, 'submit', manager);
      const { milestone, contract } = locked;
      // An hourly week is handed in with its timesheet, whose minutes are the ones logged.
      if (contract.terms.kind === 'hourly') throw new HourlyWeekHandInError();
      const period = milestone.periodStart !== null;
      if (period && (hand.minutesWorked === null || hand.minutesWorked === undefined)) {
        throw new BadUserInputError('Enter the hours worked in this period.', { hoursWorked: 'required' });
      }
      const minutesWorked = period ? (hand.minutesWorked as number) : null;
      const details = { message: hand.message };
      const eventId = await this.milestones.apply(
        locked,
        { type: 'submit', minutesWorked },
        freelancerId,
        manager,
        details,
        now,
      );
      await this.handInFiles.attach(freelancerId, milestoneId, hand.fileIds ?? [], eventId as string, manager);
      if (period) await this.contractsService.afterPeriodHandIn(contract, milestone, manager);
    });
  }

  async requestChanges(scope: ClientScope, milestoneId: string, message: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lock(scope, milestoneId, manager);
      if (locked.contract.terms.kind === 'hourly') throw new HourlyWeekChangesError();
      if (locked.milestone.overageOfId) throw new OverageChangesError();
      const action = { type: 'requestChanges' as const, contractEnded: locked.contract.status === 'ended' };
      await this.milestones.apply(locked, action, scope.userId, manager, { message }, now);
    });
  }

  /** Releases held money to the VA (all of it unless an amount is given), less the platform fee. */
  async release(scope: ClientScope, milestoneId: string, amountMinor?: number): Promise<void> {
    assertMayMoveHeldMoney(scope.role);
    const transferId = await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lockFor(scope, milestoneId, 'release', manager);
      // A part is at least the smallest milestone, unless it is all that is left: no releases in pennies.
      const smallestPart =
        amountMinor === undefined
          ? 0
          : await this.contractsService.smallestMilestone(locked.contract.terms.currency, manager);
      return this.releaseLocked(
        locked,
        { action: 'release', amountMinor, actorId: scope.userId, smallestPart },
        manager,
      );
    });
    await this.operations.runAll([transferId]);
  }

  /** The VA gives back part or all of what is held; the money returns to the client's card. */
  async refund(freelancerId: string, milestoneId: string, amountMinor: number): Promise<void> {
    const operationIds = await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lockFor({ freelancerId }, milestoneId, 'refund', manager);
      const { heldMinor } = await this.money(milestoneId, manager);
      const amount = checkedAmount(amountMinor, heldMinor);
      return this.refundLocked(locked, { action: 'refund', amountMinor: amount, actorId: freelancerId }, manager);
    });
    await this.operations.runAll(operationIds);
  }

  /**
   * Sends part of what a locked milestone holds back to the client's card: the ledger entry now, the
   * provider's refunds as owed operations (returned; run them after the commit). A week may hold its
   * own payment and money carried from earlier weeks' payments: the refund goes back to them in turn,
   * its own first, none past what it charged, one ledger entry and operation per payment.
   */
  async refundLocked(locked: LockedMilestone, refund: Refund, manager: EntityManager): Promise<string[]> {
    const { milestone, contract } = locked;
    const { action, amountMinor: amount, actorId, message = '', now } = refund;
    const money = await this.money(milestone.id, manager);
    const parts = await this.refundParts(milestone.id, amount, manager);
    const left = { heldMinor: money.heldMinor - amount, releasedMinor: money.releasedMinor };
    const details = { amountMinor: amount, message };
    const eventId = await this.milestones.apply(locked, { type: action, left }, actorId, manager, details, now);
    const currency = contract.terms.currency;
    const operationIds: string[] = [];
    for (const [index, { providerPaymentId, amountMinor }] of parts.entries()) {
      const amountOf = { milestoneId: milestone.id, currency, amountMinor };
      const movement = Movements.refund(eventId as string, amountOf, index + 1);
      await this.ledger.record(movement, manager);
      const owed = { idempotencyKey: movement.idempotencyKey, milestoneId: milestone.id, providerPaymentId };
      operationIds.push(await this.operations.oweRefund({ ...owed, amountMinor, currency }, manager));
    }
    return operationIds;
  }

  /** Releases every handed-in milestone whose client let the auto-release time pass; returns how many. */
  async autoReleaseDue(now = new Date()): Promise<number> {
    let released = 0;
    for (const id of await this.milestones.dueForAutoRelease(now, BATCH)) {
      const done = await this.dataSource.transaction(async (manager) => {
        const locked = await this.milestones.lock(null, id, manager);
        // Checked again under the lock: the client may have acted since the list was read.
        if (!this.milestones.allows(locked.milestone, 'autoRelease', now)) return null;
        return { transferId: await this.releaseLocked(locked, { action: 'autoRelease', actorId: null, now }, manager) };
      });
      if (!done) continue;
      released += 1;
      await this.operations.runAll([done.transferId]);
    }
    return released;
  }

  /**
   * The compensation of a refund the provider refused (in the transaction that marks it failed): its
   * ledger entry reversed, so the money is held for the milestone again.
   */
  private async undoRefund(operation: PaymentOperation, reason: string, manager: EntityManager): Promise<void> {
    if (!operation.milestoneId) return;
    const locked = await this.milestones.lock(null, operation.milestoneId, manager);
    const original = (await this.ledger.transactionsOf(operation.milestoneId, manager)).find(
      (transaction) => transaction.idempotencyKey === operation.idempotencyKey,
    );
    if (original) {
      const { idempotencyKey, kind, milestoneId, postings } = original;
      await this.ledger.record(
        Movements.reversal({ idempotencyKey, kind, milestoneId, currency: operation.currency, postings }),
        manager,
      );
    }
    const { heldMinor } = await this.money(operation.milestoneId, manager);
    const details = { amountMinor: operation.amountMinor, message: reason };
    await this.milestones.apply(locked, { type: 'refundRefused', heldMinor }, null, manager, details);
  }

  /** Releases part or all of what a locked milestone holds; returns the transfer it owes, if it can go out now. */
  async releaseLocked(locked: LockedMilestone, release: Release, manager: EntityManager): Promise<string | null> {
    const { milestone, contract } = locked;
    const { action, amountMinor, actorId, smallestPart = 0, now } = release;
    const money = await this.money(milestone.id, manager);
    const amount = checkedAmount(amountMinor ?? money.heldMinor, money.heldMinor);
    if (amount < money.heldMinor && amount < smallestPart) {
      throw new BadUserInputError('A partial release is at least the smallest milestone.', {
        amountMinor: 'belowMinimum',
      });
    }
    const fee = feeOnRelease(money.releasedMinor, amount, this.config.escrow.feeBasisPoints);
    const left = { heldMinor: money.heldMinor - amount, releasedMinor: money.releasedMinor + amount };
    const details = { amountMinor: amount };
    const eventId = (await this.milestones.apply(
      locked,
      { type: action, left },
      actorId,
      manager,
      details,
      now,
    )) as string;
    const currency = contract.terms.currency;
    const movement = Movements.release(eventId, contract.freelancerId, fee, {
      milestoneId: milestone.id,
      currency,
      amountMinor: amount,
    });
    await this.ledger.record(movement, manager);
    await this.background.send(MONEY_RELEASED_TASK, { eventId } satisfies MoneyReleasedData, { manager });
    if (amount === fee) return null;
    // Stripe moves a transfer from a charge only up to what it charged: the first payment behind that covers it.
    const net = amount - fee;
    const payment = (await this.paymentsBehind(milestone.id, manager)).find((paid) => paid.amountMinor >= net);
    return this.payouts.owe(
      {
        idempotencyKey: `transfer:${eventId}`,
        freelancerId: contract.freelancerId,
        milestoneId: milestone.id,
        amountMinor: net,
        currency,
        sourceCharge: payment?.providerChargeId ?? null,
      },
      manager,
    );
  }

  /**
   * The card payments behind a milestone's money, its own first: for an hourly week, also those of
   * the weeks its money was carried from (refunds go back to those cards).
   */
  private async paymentsBehind(milestoneId: string, manager: EntityManager) {
    const payments = [];
    let id: string | null = milestoneId;
    // A carry chain is one week long per week of the contract; a year of weeks is the most.
    for (let hops = 0; id !== null && hops <= 53; hops += 1) {
      payments.push(...(await this.repository.succeededPayments(id, manager)).reverse());
      id = await this.ledger.carriedFrom(id, manager);
    }
    return payments.filter((payment) => payment.providerPaymentId !== null);
  }

  /** How a refund is shared among the payments behind the milestone: each up to what it still has to give back. */
  private async refundParts(milestoneId: string, amountMinor: number, manager: EntityManager) {
    const payments = await this.paymentsBehind(milestoneId, manager);
    const refunded = await this.operations.refundedFrom(
      payments.map((payment) => payment.providerPaymentId as string),
      manager,
    );
    const parts: Array<{ providerPaymentId: string; amountMinor: number }> = [];
    let rest = amountMinor;
    for (const payment of payments) {
      const providerPaymentId = payment.providerPaymentId as string;
      const part = Math.min(rest, payment.amountMinor - (refunded.get(providerPaymentId) ?? 0));
      if (part <= 0) continue;
      parts.push({ providerPaymentId, amountMinor: part });
      refunded.set(providerPaymentId, (refunded.get(providerPaymentId) ?? 0) + part);
      rest -= part;
      if (rest === 0) return parts;
    }
    throw new Error(`Milestone ${milestoneId} holds more than the payments behind it can give back.`);
  }

  /** What a milestone's escrow holds and has moved, read in the caller's transaction. */
  async money(milestoneId: string, manager: EntityManager) {
    const money = (await this.ledger.milestoneMoney([milestoneId], manager)).get(milestoneId);
    return money ?? { heldMinor: 0, releasedMinor: 0, refundedMinor: 0, fundedMinor: 0 };
  }
}

/** An amount to move out of escrow: a whole number of minor units, at least 1, at most what is held. */
function checkedAmount(amountMinor: number, heldMinor: number): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1) {
    throw new BadUserInputError('Enter an amount of at least 0.01.', { amountMinor: 'positive' });
  }
  if (amountMinor > heldMinor) throw new AmountExceedsHeldError(heldMinor);
  return amountMinor;
}
