import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganizationRole } from '../../platform/access/actor.js';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { ApprovalPendingError } from '../approvals/approvals.errors.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import type { ChargeableCard } from '../billing/saved-cards.service.js';
import { TrialUndecidedError } from '../contracts/contracts.errors.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { inTrial } from '../contracts/trial.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { Movements } from '../money/ledger/movements.js';
import { PaymentOperationsService } from '../payments/payment-operations.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider, type ProviderPayment } from '../payments/payment-provider.js';
import { CardDeclinedError, callProvider, ProviderMismatchError } from '../payments/payments.errors.js';
import { SandboxPaymentProvider } from '../payments/sandbox.provider.js';
import type { MilestonePaymentEntity } from './entities/milestone-payment.entity.js';
import { PaymentNotFoundError } from './escrow.errors.js';
import { EscrowRepository } from './escrow.repository.js';
import { EscrowService, type Release } from './escrow.service.js';

type ClientScope = { organizationId: string; userId: string; role: OrganizationRole };
/** Provider calls a transaction leaves to make after its commit. */
type Owed = { refundId?: string; transferId?: string | null };

/**
 * Money into escrow: a client pays a milestone (Stripe's card form, or the sandbox's), and the payment
 * is booked once, however many times the browser, the webhook and reconciliation report it. What
 * happens to the money afterwards is `EscrowService`'s.
 */
@Injectable()
export class MilestonePaymentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: EscrowRepository,
    private readonly ledger: LedgerService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly sandbox: SandboxPaymentProvider,
    private readonly operations: PaymentOperationsService,
    private readonly approvals: ApprovalsService,
    private readonly milestones: MilestonesService,
    private readonly escrow: EscrowService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The key the client's browser loads Stripe.js with; null in the sandbox. */
  get publishableKey(): string | null {
    return this.config.payments.stripe?.publishableKey ?? null;
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

  /**
   * Charges a milestone to the organisation's saved card with nobody present. A payment the business
   * started by hand is left for them to finish. The attempt's key is the payment and the card, so a
   * retry asks the provider once; a decline goes on the timeline and is returned for the card's sake.
   */
  async chargeSavedCard(
    milestoneId: string,
    card: ChargeableCard,
  ): Promise<{ outcome: 'paid' | 'declined' | 'waiting' | 'skipped'; message?: string }> {
    const payment = await this.dataSource.transaction(async (manager) => {
      const { milestone, contract } = await this.milestones.lock(null, milestoneId, manager);
      if (!this.milestones.allows(milestone, 'pay') || contract.organizationId !== card.organizationId) return null;
      if (!milestone.trial && inTrial(contract)) return null;
      if ((await this.approvals.pendingFor([milestone.id], manager)).size) return null;
      const pending = await this.repository.pendingPayment(milestone.id, manager);
      if (pending?.savedCardId === null) return null;
      if (pending) {
        await this.repository.updatePayment(pending.id, { savedCardId: card.id }, manager);
        return pending;
      }
      return this.repository.insertPayment(
        {
          milestoneId: milestone.id,
          organizationId: contract.organizationId,
          provider: this.provider.name,
          amountMinor: milestone.amountMinor,
          currency: contract.terms.currency,
          createdBy: card.createdBy,
          savedCardId: card.id,
        },
        manager,
      );
    });
    if (!payment) return { outcome: 'skipped' };
    const created = await this.remotePayment(payment, card.customerId);
    const remote =
      created.status === 'succeeded'
        ? created
        : await callProvider(() =>
            this.provider.chargeSavedCard({
              paymentId: created.id,
              paymentMethodId: card.providerCardId,
              idempotencyKey: `charge:${payment.id}:${card.id}`,
            }),
          );
    if (remote.status === 'succeeded') {
      await this.settlePayment(payment.id, remote);
      return { outcome: 'paid' };
    }
    if (remote.status === 'requires_payment' && remote.failureMessage) {
      await this.paymentFailed(payment, remote.failureMessage, null);
      return { outcome: 'declined', message: remote.failureMessage };
    }
    return { outcome: 'waiting' };
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
   * twice, or changed meanwhile). A bonus is released to the VA in the same transaction, and overage
   * hours are handed in for the business's review. Reads the provider unless the caller just did
   * (`read`); safe to call any number of times.
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
        // Overage hours were worked and reported with their period: paid, they are handed in for review.
        if (milestone.overageOfId) {
          const handIn = { type: 'submit' as const, minutesWorked: milestone.minutesWorked };
          await this.milestones.apply(locked, handIn, null, manager);
        }
        if (!milestone.bonus) return {};
        const release: Release = { action: 'release', amountMinor: amount, actorId: payment.createdBy };
        return { transferId: await this.escrow.releaseLocked(locked, release, manager) };
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

  /** Payments made through a provider since a time, oldest first (reconciliation reads them back). */
  paymentsAtProviderSince(provider: string, since: Date) {
    return this.repository.paymentsAtProviderSince(provider, since);
  }

  /** Which of these milestones were paid through the provider. */
  milestonesPaidAt(provider: string, milestoneIds: string[]): Promise<Set<string>> {
    return this.repository.milestonesPaidAt(provider, milestoneIds);
  }

  /**
   * The provider's payment for ours, created on first use with a key derived from ours (for the
   * organisation's customer when a saved card pays it).
   */
  private async remotePayment(payment: MilestonePaymentEntity, customerId?: string): Promise<ProviderPayment> {
    if (payment.providerPaymentId) {
      return callProvider(() => this.provider.retrievePayment(payment.providerPaymentId as string));
    }
    const remote = await callProvider(() =>
      this.provider.createPayment({
        amountMinor: payment.amountMinor,
        currency: payment.currency,
        ...(customerId ? { customerId } : {}),
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
