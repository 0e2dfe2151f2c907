import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganizationRole } from '../../platform/access/actor.js';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { feeOnRelease, shareOf } from '../../platform/money/shares.js';
import { ApprovalPendingError } from '../approvals/approvals.errors.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import { TrialUndecidedError } from '../contracts/contracts.errors.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { LockedMilestone } from '../contracts/contracts.types.js';
import { HandInFilesService } from '../contracts/hand-in-files.service.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { inTrial } from '../contracts/trial.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { Movements } from '../money/ledger/movements.js';
import { type PaymentOperation, PaymentOperationsService } from '../payments/payment-operations.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider, type ProviderPayment } from '../payments/payment-provider.js';
import { callProvider, ProviderMismatchError } from '../payments/payments.errors.js';
import { SandboxPaymentProvider } from '../payments/sandbox.provider.js';
import { PayoutsService } from '../payouts/payouts.service.js';
import type { MilestonePaymentEntity } from './entities/milestone-payment.entity.js';
import { AmountExceedsHeldError, CardDeclinedError, PaymentNotFoundError } from './escrow.errors.js';
import { EscrowRepository } from './escrow.repository.js';

/** The organisation member acting; `null` actor is the platform itself (auto-release). */
type ClientScope = { organizationId: string; userId: string; role: OrganizationRole };
/** Provider calls a transaction leaves to make after its commit. */
type Owed = { refundId?: string; transferId?: string | null };
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
 * Fixed-price escrow: a client pays a milestone into escrow, the VA hands in the work, the client
 * approves (release to the VA less the platform fee) or asks for changes, or does nothing and the
 * money releases itself. Every action locks the milestone and applies its transition (contracts'
 * milestones service) with the ledger movements it makes, in one transaction. Calls to the provider
 * happen outside transactions: before (creating a payment) or after (refunds, as owed operations).
 */
@Injectable()
export class EscrowService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EscrowRepository,
    private readonly ledger: LedgerService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly sandbox: SandboxPaymentProvider,
    private readonly background: BackgroundJobs,
    private readonly payouts: PayoutsService,
    private readonly operations: PaymentOperationsService,
    private readonly approvals: ApprovalsService,
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

  /** The key the client's browser loads Stripe.js with; null in the sandbox. */
  get publishableKey(): string | null {
    return this.config.payments.stripe?.publishableKey ?? null;
  }

  /** The platform fee on an amount released to the VA. */
  feeOf(amountMinor: number): number {
    return shareOf(amountMinor, this.config.escrow.feeBasisPoints);
  }

  /**
   * Starts paying a milestone: one pending payment per milestone (paying again continues it), created
   * at the provider with a key derived from it, so a retry never makes a second charge.
   */
  async pay(
    scope: ClientScope,
    milestoneId: string,
  ): Promise<{ payment: MilestonePaymentEntity; remote: ProviderPayment }> {
    const payment = await this.dataSource.transaction(async (manager) => {
      const { milestone, contract } = await this.milestones.lockFor(scope, milestoneId, 'pay', manager);
      // A bonus is released as soon as it is paid: paying it sends money to the VA.
      if (milestone.bonus) assertMayMoveHeldMoney(scope.role);
      // A bonus is a gift, not work: a trial does not hold it back.
      if (!milestone.trial && !milestone.bonus && inTrial(contract)) throw new TrialUndecidedError();
      if ((await this.approvals.pendingFor([milestone.id], manager)).size) throw new ApprovalPendingError();
      return (
        (await this.repository.pendingPayment(milestone.id, manager)) ??
        this.repository.insertPayment(
          {
            milestoneId: milestone.id,
            organizationId: contract.organizationId,
            provider: this.provider.name,
            amountMinor: milestone.amountMinor,
            currency: contract.terms.currency,
            createdBy: scope.userId,
          },
          manager,
        )
      );
    });
    return { payment, remote: await this.remotePayment(payment) };
  }

  /** The sandbox's card form: pays with a test card, then books the payment as a webhook would. */
  async paySandbox(scope: ClientScope, paymentId: string, cardNumber: string): Promise<MilestonePaymentEntity> {
    if (this.provider.name !== 'sandbox') throw new ProviderMismatchError(this.provider.name);
    const payment = await this.repository.payment(paymentId, scope.organizationId);
    if (!payment) throw new PaymentNotFoundError();
    if (payment.status === 'pending') {
      const { id } = await this.remotePayment(payment);
      const remote = await callProvider(() => this.sandbox.confirmPayment(id, cardNumber));
      if (remote.status !== 'succeeded') {
        const message = remote.failureMessage ?? 'The card was declined.';
        await this.paymentFailed(payment, message, scope.userId);
        throw new CardDeclinedError(message);
      }
      await this.settlePayment(payment.id, remote);
    }
    return (await this.repository.payment(paymentId)) as MilestonePaymentEntity;
  }

  /**
   * After the client's browser confirmed a card with the provider (Stripe.js): books the payment now
   * rather than when the webhook arrives. Both end in `settlePayment`, which books once.
   */
  async syncPayment(scope: ClientScope, paymentId: string): Promise<MilestonePaymentEntity> {
    const payment = await this.repository.payment(paymentId, scope.organizationId);
    if (!payment) throw new PaymentNotFoundError();
    await this.settlePayment(payment.id);
    return (await this.repository.payment(paymentId)) as MilestonePaymentEntity;
  }

  /** What a provider event about a payment means for us (the webhook job); payments not ours are ignored. */
  async onProviderPayment(providerPaymentId: string): Promise<'settled' | 'failed' | 'waiting' | 'unknown'> {
    const payment = await this.repository.paymentAtProvider(providerPaymentId);
    if (!payment) return 'unknown';
    const remote = await callProvider(() => this.provider.retrievePayment(providerPaymentId));
    if (remote.status === 'succeeded') {
      await this.settlePayment(payment.id, remote);
      return 'settled';
    }
    if (remote.status === 'requires_payment' && remote.failureMessage) {
      await this.paymentFailed(payment, remote.failureMessage, null);
      return 'failed';
    }
    return 'waiting';
  }

  /** A card attempt that failed goes on the contract timeline, in the provider's words. */
  private async paymentFailed(payment: MilestonePaymentEntity, message: string, actorId: string | null) {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lock(null, payment.milestoneId, manager);
      const details = { amountMinor: payment.amountMinor, message };
      await this.milestones.apply(locked, { type: 'paymentFailed' }, actorId, manager, details);
    });
  }

  /**
   * Books a payment the provider says succeeded (from the sandbox form, or the webhook job): the
   * money reaches escrow if the milestone still waits for it, and goes back to the card if not (paid
   * twice, or changed meanwhile). A bonus is released to the VA in the same transaction. Reads the
   * provider unless the caller just did (`read`); safe to call any number of times.
   */
  async settlePayment(paymentId: string, read?: ProviderPayment): Promise<void> {
    const payment = await this.repository.payment(paymentId);
    if (!payment?.providerPaymentId || payment.status === 'succeeded') return;
    const remote =
      read?.id === payment.providerPaymentId
        ? read
        : await callProvider(() => this.provider.retrievePayment(payment.providerPaymentId as string));
    if (remote.status !== 'succeeded') return;
    const owed = await this.dataSource.transaction(async (manager): Promise<Owed> => {
      const locked = await this.milestones.lock(null, payment.milestoneId, manager);
      const current = await this.repository.lockPayment(payment.id, manager);
      if (current?.status !== 'pending') return {};
      const { milestone, contract } = locked;
      const amount = remote.amountMinor;
      const money = { milestoneId: milestone.id, currency: remote.currency, amountMinor: amount };
      await this.repository.updatePayment(
        payment.id,
        { status: 'succeeded', providerChargeId: remote.chargeId, succeededAt: new Date() },
        manager,
      );
      await this.ledger.record(Movements.payment(payment.id, contract.organizationId, money), manager);
      const fits =
        milestone.status === 'pending' &&
        amount === milestone.amountMinor &&
        remote.currency === contract.terms.currency;
      if (fits) {
        await this.ledger.record(Movements.funding(payment.id, contract.organizationId, money), manager);
        await this.milestones.apply(locked, { type: 'fund' }, payment.createdBy, manager, { amountMinor: amount });
        if (!milestone.bonus) return {};
        const release: Release = { action: 'release', amountMinor: amount, actorId: payment.createdBy };
        return { transferId: await this.releaseLocked(locked, release, manager) };
      }
      // Nothing can hold this money: it goes back to the card it came from.
      const returned = Movements.paymentReturned(payment.id, contract.organizationId, money);
      await this.ledger.record(returned, manager);
      await this.milestones.apply(locked, { type: 'paymentReturned' }, null, manager, { amountMinor: amount });
      const refundId = await this.operations.oweRefund(
        {
          idempotencyKey: returned.idempotencyKey,
          milestoneId: milestone.id,
          providerPaymentId: remote.id,
          amountMinor: amount,
          currency: remote.currency,
        },
        manager,
      );
      return { refundId };
    });
    await this.operations.runAll([owed.refundId, owed.transferId]);
  }

  /**
   * The VA hands in the work, with the files uploaded for it (a retainer period with the minutes
   * worked, which decide what rolls over); the auto-release clock starts, and an ended contract's
   * refund clock stops.
   */
  async submit(
    freelancerId: string,
    milestoneId: string,
    hand: { message: string; minutesWorked?: number | null; fileIds?: string[] },
    now = new Date(),
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lockFor({ freelancerId }, milestoneId, 'submit', manager);
      const { milestone, contract } = locked;
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
      await this.contractsService.rollOverHours(contract, milestone, manager);
    });
  }

  async requestChanges(scope: ClientScope, milestoneId: string, message: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lock(scope, milestoneId, manager);
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
    const operationId = await this.dataSource.transaction(async (manager) => {
      const locked = await this.milestones.lockFor({ freelancerId }, milestoneId, 'refund', manager);
      const { heldMinor } = await this.money(milestoneId, manager);
      const amount = checkedAmount(amountMinor, heldMinor);
      return this.refundLocked(locked, { action: 'refund', amountMinor: amount, actorId: freelancerId }, manager);
    });
    await this.operations.runAll([operationId]);
  }

  /**
   * Sends part of what a locked milestone holds back to the client's card: the ledger entry now, the
   * provider's refund as an owed operation (returned; run it after the commit).
   */
  async refundLocked(locked: LockedMilestone, refund: Refund, manager: EntityManager): Promise<string> {
    const { milestone, contract } = locked;
    const { action, amountMinor: amount, actorId, message = '', now } = refund;
    const money = await this.money(milestone.id, manager);
    const payment = await this.repository.succeededPayment(milestone.id, manager);
    if (!payment?.providerPaymentId) throw new Error(`Milestone ${milestone.id} holds money without a payment.`);
    const left = { heldMinor: money.heldMinor - amount, releasedMinor: money.releasedMinor };
    const details = { amountMinor: amount, message };
    const eventId = await this.milestones.apply(locked, { type: action, left }, actorId, manager, details, now);
    const currency = contract.terms.currency;
    const movement = Movements.refund(eventId as string, { milestoneId: milestone.id, currency, amountMinor: amount });
    await this.ledger.record(movement, manager);
    return this.operations.oweRefund(
      {
        idempotencyKey: movement.idempotencyKey,
        milestoneId: milestone.id,
        providerPaymentId: payment.providerPaymentId,
        amountMinor: amount,
        currency,
      },
      manager,
    );
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
    if (amount === fee) return null;
    const payment = await this.repository.succeededPayment(milestone.id, manager);
    return this.payouts.owe(
      {
        idempotencyKey: `transfer:${eventId}`,
        freelancerId: contract.freelancerId,
        milestoneId: milestone.id,
        amountMinor: amount - fee,
        currency,
        sourceCharge: payment?.providerChargeId ?? null,
      },
      manager,
    );
  }

  /** What a milestone's escrow holds and has moved, read in the caller's transaction. */
  async money(milestoneId: string, manager: EntityManager) {
    const money = (await this.ledger.milestoneMoney([milestoneId], manager)).get(milestoneId);
    return money ?? { heldMinor: 0, releasedMinor: 0, refundedMinor: 0, fundedMinor: 0 };
  }

  /** Payments made through a provider since a time, oldest first (reconciliation reads them back). */
  paymentsAtProviderSince(provider: string, since: Date) {
    return this.repository.paymentsAtProviderSince(provider, since);
  }

  /** Which of these milestones were paid through the provider. */
  milestonesPaidAt(provider: string, milestoneIds: string[]): Promise<Set<string>> {
    return this.repository.milestonesPaidAt(provider, milestoneIds);
  }

  /** The provider's payment for ours, created on first use with a key derived from ours. */
  private async remotePayment(payment: MilestonePaymentEntity): Promise<ProviderPayment> {
    if (payment.providerPaymentId) {
      return callProvider(() => this.provider.retrievePayment(payment.providerPaymentId as string));
    }
    const remote = await callProvider(() =>
      this.provider.createPayment({
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        transferGroup: `milestone_${payment.milestoneId}`,
        description: `Delegate milestone ${payment.milestoneId}`,
        metadata: { milestoneId: payment.milestoneId, paymentId: payment.id },
        idempotencyKey: `payment:${payment.id}`,
      }),
    );
    await this.repository.updatePayment(payment.id, { providerPaymentId: remote.id });
    payment.providerPaymentId = remote.id;
    return remote;
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
