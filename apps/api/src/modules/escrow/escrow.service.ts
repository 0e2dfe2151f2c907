import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { addDays } from 'date-fns';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganizationRole } from '../../platform/access/actor.js';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { feeOnRelease, shareOf } from '../../platform/money/shares.js';
import { ApprovalPendingError } from '../approvals/approvals.errors.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import { MilestoneNotFoundError, TrialUndecidedError } from '../contracts/contracts.errors.js';
import type { Party } from '../contracts/contracts.repository.js';
import { ContractsService, inTrial } from '../contracts/contracts.service.js';
import type { ContractEventKind } from '../contracts/entities/contract-event.entity.js';
import { RetainersService } from '../contracts/retainers.service.js';
import { Accounts } from '../money/ledger/accounts.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import {
  PAYMENT_PROVIDER,
  type PaymentProvider,
  ProviderError,
  type ProviderPayment,
} from '../payments/payment-provider.js';
import { callProvider, ProviderMismatchError } from '../payments/payments.errors.js';
import { SandboxPaymentProvider } from '../payments/sandbox.provider.js';
import { PayoutsService } from '../payouts/payouts.service.js';
import type { MilestonePaymentEntity } from './entities/milestone-payment.entity.js';
import {
  AmountExceedsHeldError,
  CardDeclinedError,
  MilestoneStatusError,
  PaymentNotFoundError,
} from './escrow.errors.js';
import { EscrowRepository, type LockedMilestone } from './escrow.repository.js';
import { HandInFilesService } from './hand-in-files.service.js';
import { allows, type MilestoneAction, statusAfterPayout } from './milestone-flow.js';

/** The organisation member acting; `null` actor is the platform itself (auto-release). */
type ClientScope = { organizationId: string; userId: string; role: OrganizationRole };
/** Provider calls a transaction leaves to make after its commit. */
type Owed = { refundId?: string; transferId?: string | null };

const RUN_REFUNDS_TASK = 'escrow.run-refunds';
const AUTO_RELEASE_TASK = 'escrow.auto-release';
const BATCH = 100;

/**
 * Fixed-price escrow: a client pays a milestone into escrow, the VA hands in the work, the client
 * approves (release to the VA less the platform fee) or asks for changes, or does nothing and the
 * money releases itself. Every action locks the milestone, checks the state machine, and writes
 * the status, the timeline and balanced ledger postings in one transaction. Calls to the provider
 * happen outside transactions: before (creating a payment) or after (refunds, as owed operations).
 */
@Injectable()
export class EscrowService implements OnModuleInit {
  private readonly logger = new Logger(EscrowService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EscrowRepository,
    private readonly ledger: LedgerService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly sandbox: SandboxPaymentProvider,
    private readonly background: BackgroundJobs,
    private readonly payouts: PayoutsService,
    private readonly retainers: RetainersService,
    private readonly approvals: ApprovalsService,
    private readonly handInFiles: HandInFilesService,
    private readonly contractsService: ContractsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: RUN_REFUNDS_TASK,
      policy: 'singleton',
      cron: '* * * * *',
      handler: () => this.runStaleRefunds(),
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
      const { milestone, contract } = await this.lock(scope, milestoneId, 'pay', manager);
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
      const locked = await this.repository.lockMilestone(payment.milestoneId, null, manager);
      if (!locked) return;
      await this.event(locked, 'payment_failed', actorId, manager, { amountMinor: payment.amountMinor, message });
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
      const locked = await this.repository.lockMilestone(payment.milestoneId, null, manager);
      const current = await this.repository.lockPayment(payment.id, manager);
      if (!locked || current?.status !== 'pending') return {};
      const { milestone, contract } = locked;
      const amount = remote.amountMinor;
      const funding = Accounts.clientFunding(contract.organizationId);
      await this.repository.updatePayment(
        payment.id,
        { status: 'succeeded', providerChargeId: remote.chargeId, succeededAt: new Date() },
        manager,
      );
      const entry = { milestoneId: milestone.id, currency: remote.currency };
      await this.ledger.record(
        {
          ...entry,
          idempotencyKey: `payment:${payment.id}`,
          kind: 'payment',
          postings: [
            { account: Accounts.clearing, amountMinor: amount },
            { account: funding, amountMinor: -amount },
          ],
        },
        manager,
      );
      const fits =
        milestone.status === 'pending' &&
        amount === milestone.amountMinor &&
        remote.currency === contract.terms.currency;
      if (fits) {
        await this.ledger.record(
          {
            ...entry,
            idempotencyKey: `funding:${payment.id}`,
            kind: 'funding',
            postings: [
              { account: funding, amountMinor: amount },
              { account: Accounts.escrow(milestone.id), amountMinor: -amount },
            ],
          },
          manager,
        );
        await this.repository.updateMilestone(milestone.id, { status: 'funded' }, manager);
        await this.event(locked, 'funded', payment.createdBy, manager, { amountMinor: amount });
        if (!milestone.bonus) return {};
        const funded = { ...locked, milestone: { ...milestone, status: 'funded' as const } };
        return { transferId: await this.releaseLocked(funded, amount, payment.createdBy, 'released', manager) };
      }
      // Nothing can hold this money: it goes back to the card it came from.
      const key = `refund:payment:${payment.id}`;
      await this.ledger.record(
        {
          ...entry,
          idempotencyKey: key,
          kind: 'refund',
          postings: [
            { account: funding, amountMinor: amount },
            { account: Accounts.clearing, amountMinor: -amount },
          ],
        },
        manager,
      );
      await this.event(locked, 'refunded', null, manager, { amountMinor: amount });
      const refundId = await this.repository.insertOperation(
        {
          kind: 'refund',
          idempotencyKey: key,
          milestoneId: milestone.id,
          providerPaymentId: remote.id,
          amountMinor: amount,
          currency: remote.currency,
        },
        manager,
      );
      return { refundId };
    });
    if (owed.refundId) await this.runOperation(owed.refundId);
    if (owed.transferId) await this.payouts.runTransfer(owed.transferId);
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
      const locked = await this.lock({ freelancerId }, milestoneId, 'submit', manager);
      const { milestone, contract } = locked;
      const period = milestone.periodStart !== null;
      if (period && (hand.minutesWorked === null || hand.minutesWorked === undefined)) {
        throw new BadUserInputError('Enter the hours worked in this period.', { hoursWorked: 'required' });
      }
      const minutesWorked = period ? (hand.minutesWorked as number) : null;
      const autoReleaseAt = addDays(now, this.config.escrow.autoReleaseDays);
      await this.repository.updateMilestone(
        milestoneId,
        { status: 'submitted', submittedAt: now, autoReleaseAt, autoRefundAt: null, minutesWorked },
        manager,
      );
      const eventId = await this.event(locked, 'submitted', freelancerId, manager, { message: hand.message });
      await this.handInFiles.attach(freelancerId, milestoneId, hand.fileIds ?? [], eventId, manager);
      await this.retainers.afterHandIn(contract, { ...milestone, minutesWorked }, manager);
    });
  }

  async requestChanges(scope: ClientScope, milestoneId: string, message: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(scope, milestoneId, 'requestChanges', manager);
      // On an ended contract the VA has the wind-down time again to hand in the changed work.
      const autoRefundAt = locked.contract.status === 'ended' ? addDays(now, this.config.escrow.windDownDays) : null;
      await this.repository.updateMilestone(
        milestoneId,
        { status: 'changes_requested', autoReleaseAt: null, autoRefundAt },
        manager,
      );
      await this.event(locked, 'changes_requested', scope.userId, manager, { message });
    });
  }

  /** Releases held money to the VA (all of it unless an amount is given), less the platform fee. */
  async release(scope: ClientScope, milestoneId: string, amountMinor?: number): Promise<void> {
    assertMayMoveHeldMoney(scope.role);
    const transferId = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock(scope, milestoneId, 'release', manager);
      // A part is at least the smallest milestone, unless it is all that is left: no releases in pennies.
      const smallestPart =
        amountMinor === undefined
          ? 0
          : await this.contractsService.smallestMilestone(locked.contract.terms.currency, manager);
      return this.releaseLocked(locked, amountMinor, scope.userId, 'released', manager, smallestPart);
    });
    if (transferId) await this.payouts.runTransfer(transferId);
  }

  /** The VA gives back part or all of what is held; the money returns to the client's card. */
  async refund(freelancerId: string, milestoneId: string, amountMinor: number): Promise<void> {
    const operationId = await this.dataSource.transaction(async (manager) => {
      const locked = await this.lock({ freelancerId }, milestoneId, 'refund', manager);
      const { heldMinor } = await this.money(milestoneId, manager);
      return this.refundLocked(locked, checkedAmount(amountMinor, heldMinor), freelancerId, manager);
    });
    await this.runOperation(operationId);
  }

  /**
   * Sends part of what a locked milestone holds back to the client's card: the ledger entry now, the
   * provider's refund as an owed operation (returned; run it after the commit).
   */
  async refundLocked(
    locked: LockedMilestone,
    amount: number,
    actorId: string | null,
    manager: EntityManager,
    message = '',
  ): Promise<string> {
    const { milestone, contract } = locked;
    const money = await this.money(milestone.id, manager);
    const payment = await this.repository.succeededPayment(milestone.id, manager);
    if (!payment?.providerPaymentId) throw new Error(`Milestone ${milestone.id} holds money without a payment.`);
    const eventId = await this.event(locked, 'refunded', actorId, manager, { amountMinor: amount, message });
    const key = `refund:${eventId}`;
    await this.ledger.record(
      {
        idempotencyKey: key,
        kind: 'refund',
        milestoneId: milestone.id,
        currency: contract.terms.currency,
        postings: [
          { account: Accounts.escrow(milestone.id), amountMinor: amount },
          { account: Accounts.clearing, amountMinor: -amount },
        ],
      },
      manager,
    );
    await this.settleStatus(locked, { ...money, heldMinor: money.heldMinor - amount }, manager);
    return this.repository.insertOperation(
      {
        kind: 'refund',
        idempotencyKey: key,
        milestoneId: milestone.id,
        providerPaymentId: payment.providerPaymentId,
        amountMinor: amount,
        currency: contract.terms.currency,
      },
      manager,
    );
  }

  /** Releases every handed-in milestone whose client let the auto-release time pass; returns how many. */
  async autoReleaseDue(now = new Date()): Promise<number> {
    let released = 0;
    for (const id of await this.repository.dueForAutoRelease(now, BATCH)) {
      const done = await this.dataSource.transaction(async (manager) => {
        const locked = await this.repository.lockMilestone(id, null, manager);
        // Checked again under the lock: the client may have acted since the list was read.
        const due = locked?.milestone.autoReleaseAt;
        if (locked?.milestone.status !== 'submitted' || !due || due > now) return null;
        return { transferId: await this.releaseLocked(locked, undefined, null, 'auto_released', manager) };
      });
      if (!done) continue;
      released += 1;
      if (done.transferId) await this.payouts.runTransfer(done.transferId);
    }
    return released;
  }

  /**
   * Carries out an owed refund. Success marks it done; a refusal (the provider will never do
   * it) undoes its ledger entry, so the money is back where it was; anything else waits for a retry.
   */
  async runOperation(operationId: string): Promise<void> {
    const operation = await this.repository.operation(operationId);
    if (operation?.status !== 'pending' || operation.kind !== 'refund') return;
    try {
      const refund = await this.provider.createRefund({
        paymentId: operation.providerPaymentId as string,
        amountMinor: operation.amountMinor,
        idempotencyKey: operation.idempotencyKey,
      });
      await this.repository.updateOperation(operation.id, {
        status: 'succeeded',
        providerObjectId: refund.id,
        attempts: operation.attempts + 1,
        lastError: null,
      });
    } catch (error) {
      if (!(error instanceof ProviderError) || error.retryable) {
        this.logger.warn(`Refund ${operation.id} will be retried: ${String(error)}`);
        await this.repository.updateOperation(operation.id, {
          attempts: operation.attempts + 1,
          lastError: String(error),
        });
        return;
      }
      await this.undoRefund(operation.id, error.message);
    }
  }

  private async runStaleRefunds(): Promise<void> {
    for (const id of await this.repository.staleRefunds(new Date(Date.now() - 60_000), BATCH)) {
      await this.runOperation(id);
    }
  }

  /** Reverses a refund the provider refused: the money is held for the milestone again. */
  private async undoRefund(operationId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const operation = await this.repository.lockOperation(operationId, manager);
      if (operation?.status !== 'pending' || !operation.milestoneId) return;
      const locked = await this.repository.lockMilestone(operation.milestoneId, null, manager);
      if (!locked) return;
      const original = (await this.ledger.transactionsOf(operation.milestoneId, manager)).find(
        (transaction) => transaction.idempotencyKey === operation.idempotencyKey,
      );
      if (original) {
        await this.ledger.record(
          {
            idempotencyKey: `reverse:${operation.idempotencyKey}`,
            kind: 'refund',
            milestoneId: operation.milestoneId,
            currency: operation.currency,
            postings: original.postings.map((posting) => ({
              account: posting.account,
              amountMinor: -posting.amountMinor,
            })),
          },
          manager,
        );
      }
      await this.repository.updateOperation(operation.id, { status: 'failed', lastError: reason }, manager);
      const money = await this.money(operation.milestoneId, manager);
      if (money.heldMinor > 0 && ['released', 'refunded'].includes(locked.milestone.status)) {
        await this.repository.updateMilestone(operation.milestoneId, { status: 'funded' }, manager);
      }
      await this.event(locked, 'refund_failed', null, manager, { amountMinor: operation.amountMinor, message: reason });
    });
  }

  /** Releases part or all of what a locked milestone holds; returns the transfer it owes, if it can go out now. */
  async releaseLocked(
    locked: LockedMilestone,
    amountMinor: number | undefined,
    actorId: string | null,
    kind: 'released' | 'auto_released',
    manager: EntityManager,
    /** A smaller part is refused unless it is all that is held (dispute splits may be any part). */
    smallestPart = 0,
  ): Promise<string | null> {
    const { milestone, contract } = locked;
    const money = await this.money(milestone.id, manager);
    const amount = checkedAmount(amountMinor ?? money.heldMinor, money.heldMinor);
    if (amount < money.heldMinor && amount < smallestPart) {
      throw new BadUserInputError('A partial release is at least the smallest milestone.', {
        amountMinor: 'belowMinimum',
      });
    }
    const fee = feeOnRelease(money.releasedMinor, amount, this.config.escrow.feeBasisPoints);
    const eventId = await this.event(locked, kind, actorId, manager, { amountMinor: amount });
    await this.ledger.record(
      {
        idempotencyKey: `release:${eventId}`,
        kind: 'release',
        milestoneId: milestone.id,
        currency: contract.terms.currency,
        postings: [
          { account: Accounts.escrow(milestone.id), amountMinor: amount },
          { account: Accounts.payable(contract.freelancerId), amountMinor: -(amount - fee) },
          { account: Accounts.fees, amountMinor: -fee },
        ].filter((posting) => posting.amountMinor !== 0),
      },
      manager,
    );
    await this.settleStatus(
      locked,
      { heldMinor: money.heldMinor - amount, releasedMinor: money.releasedMinor + amount },
      manager,
    );
    if (amount === fee) return null;
    const payment = await this.repository.succeededPayment(milestone.id, manager);
    return this.payouts.owe(
      {
        idempotencyKey: `transfer:${eventId}`,
        freelancerId: contract.freelancerId,
        milestoneId: milestone.id,
        amountMinor: amount - fee,
        currency: contract.terms.currency,
        sourceCharge: payment?.providerChargeId ?? null,
      },
      manager,
    );
  }

  /** The status once money left escrow: final when nothing is held any more. */
  async settleStatus(
    { milestone }: LockedMilestone,
    money: { heldMinor: number; releasedMinor: number },
    manager: EntityManager,
  ): Promise<void> {
    const status = statusAfterPayout(milestone.status, money);
    if (status !== milestone.status) {
      await this.repository.updateMilestone(milestone.id, { status, autoReleaseAt: null, autoRefundAt: null }, manager);
    }
  }

  /** What a milestone's escrow holds and has moved, read in the caller's transaction. */
  async money(milestoneId: string, manager: EntityManager) {
    const money = (await this.ledger.milestoneMoney([milestoneId], manager)).get(milestoneId);
    return money ?? { heldMinor: 0, releasedMinor: 0, refundedMinor: 0, fundedMinor: 0 };
  }

  /** The milestone locked, if the party may act on it and its status allows the action. */
  async lock(
    party: Party,
    milestoneId: string,
    action: MilestoneAction,
    manager: EntityManager,
  ): Promise<LockedMilestone> {
    const locked = await this.repository.lockMilestone(milestoneId, party, manager);
    if (!locked) throw new MilestoneNotFoundError();
    if (!allows(locked.milestone.status, action))
      throw new MilestoneStatusError(ACTION_WORDS[action], locked.milestone.status);
    return locked;
  }

  /** Appends to the milestone's contract timeline; returns the event's id. */
  event(
    { milestone, contract }: LockedMilestone,
    kind: ContractEventKind,
    actorId: string | null,
    manager: EntityManager,
    details: { amountMinor?: number; message?: string } = {},
  ): Promise<string> {
    return this.repository.addEvent(
      { contractId: contract.id, milestoneId: milestone.id, kind, actorId, ...details },
      manager,
    );
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

const ACTION_WORDS: Record<MilestoneAction, string> = {
  pay: 'paid',
  submit: 'handed in',
  requestChanges: 'sent back for changes',
  release: 'released',
  refund: 'refunded',
  dispute: 'disputed',
};

/** An amount to move out of escrow: a whole number of minor units, at least 1, at most what is held. */
function checkedAmount(amountMinor: number, heldMinor: number): number {
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1) {
    throw new BadUserInputError('Enter an amount of at least 0.01.', { amountMinor: 'positive' });
  }
  if (amountMinor > heldMinor) throw new AmountExceedsHeldError(heldMinor);
  return amountMinor;
}
