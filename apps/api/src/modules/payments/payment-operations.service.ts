import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import type { OperationKind, OperationStatus, PaymentOperationEntity } from './entities/payment-operation.entity.js';
import { PaymentOperationsRepository } from './payment-operations.repository.js';
import { PAYMENT_PROVIDER, type PaymentProvider, ProviderError } from './payment-provider.js';

/**
 * What the feature that owes an operation does around the provider's answer. Each runs in the
 * transaction that settles the operation, with the operation locked and still pending.
 */
export interface OperationHandlers {
  /** The provider did it: book what it did (a payout in the ledger). */
  succeeded?: (operation: PaymentOperationEntity, manager: EntityManager) => Promise<void>;
  /**
   * The provider refused for good: the compensation (a refund's ledger entry reversed, the money held
   * again) and the status the operation ends in (`failed`, or `waiting` for a transfer that can wait).
   */
  refused: (operation: PaymentOperationEntity, reason: string, manager: EntityManager) => Promise<OperationStatus>;
}

export { OPERATION_STATUSES } from './entities/payment-operation.entity.js';

/** A provider call owed, as the features that owe them read it. */
export type PaymentOperation = PaymentOperationEntity;

/** The owed refund of a payment, written in the transaction of the decision that owes it. */
export type OwedRefund = Pick<
  PaymentOperationEntity,
  'idempotencyKey' | 'milestoneId' | 'providerPaymentId' | 'amountMinor' | 'currency'
>;
/** The owed transfer of released money to a VA; `destination` is null until they can receive it. */
export type OwedTransfer = Pick<
  PaymentOperationEntity,
  'idempotencyKey' | 'freelancerId' | 'milestoneId' | 'amountMinor' | 'currency' | 'sourceCharge' | 'destination'
>;

const RETRY_TASK = 'payments.retry-operations';
const BATCH = 100;
/** A pending operation untouched this long was interrupted (a crash, or the provider was down). */
const STALE_MS = 60_000;

/**
 * Provider calls a committed decision owes: refunds to a card and transfers to a VA. They are written
 * in the decision's transaction and carried out after it commits (the irreversible step last), with
 * the same idempotency key on every attempt, so a retry after a crash finds the first call's result.
 * An answer that may change (an outage) is retried; a refusal runs the owing feature's compensation.
 */
@Injectable()
export class PaymentOperationsService implements OnModuleInit {
  private readonly logger = new Logger(PaymentOperationsService.name);
  private readonly handlers = new Map<OperationKind, OperationHandlers>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PaymentOperationsRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly background: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: RETRY_TASK,
      policy: 'singleton',
      cron: '* * * * *',
      handler: async () => {
        for (const id of await this.repository.stale(new Date(Date.now() - STALE_MS), BATCH)) await this.run(id);
      },
    });
  }

  /** The feature that owes operations of a kind says what their outcomes mean (once, at start). */
  register(kind: OperationKind, handlers: OperationHandlers): void {
    if (this.handlers.has(kind)) throw new Error(`Payment operations of kind ${kind} are already handled.`);
    this.handlers.set(kind, handlers);
  }

  oweRefund(refund: OwedRefund, manager: EntityManager): Promise<string> {
    return this.repository.insert(
      { ...refund, kind: 'refund', freelancerId: null, destination: null, sourceCharge: null, status: 'pending' },
      manager,
    );
  }

  /** What refunds (pending or made) took back from each provider payment. */
  refundedFrom(providerPaymentIds: string[], manager: EntityManager): Promise<Map<string, number>> {
    return this.repository.refundedFrom(providerPaymentIds, manager);
  }

  /** Records a transfer; returns its id when it can go out now (run it after the commit), else null. */
  async oweTransfer(transfer: OwedTransfer, manager: EntityManager): Promise<string | null> {
    const ready = transfer.destination !== null;
    const id = await this.repository.insert(
      { ...transfer, kind: 'transfer', providerPaymentId: null, status: ready ? 'pending' : 'waiting' },
      manager,
    );
    return ready ? id : null;
  }

  /** The VA can receive money now: their waiting transfers go out. */
  async sendWaitingTransfers(freelancerId: string, destination: string): Promise<void> {
    await this.runAll(await this.repository.sendWaitingTransfers(freelancerId, destination));
  }

  transferredTo(freelancerId: string) {
    return this.repository.transferredTo(freelancerId);
  }

  latestTransfers(freelancerId: string, limit = 20) {
    return this.repository.latestTransfers(freelancerId, limit);
  }

  carriedOutSince(since: Date) {
    return this.repository.carriedOutSince(since);
  }

  /** Carries out what a committed decision owes, in order (the irreversible step of every money flow). */
  async runAll(operationIds: Array<string | null | undefined>): Promise<void> {
    for (const id of operationIds) if (id) await this.run(id);
  }

  /** Carries out a pending operation; safe to call any number of times, in any order, from any instance. */
  async run(operationId: string): Promise<void> {
    const operation = await this.repository.find(operationId);
    if (operation?.status !== 'pending' || (operation.kind === 'transfer' && !operation.destination)) return;
    const handlers = this.handlers.get(operation.kind);
    if (!handlers) throw new Error(`Nothing handles payment operations of kind ${operation.kind}.`);
    let providerObjectId: string;
    try {
      providerObjectId = await this.call(operation);
    } catch (error) {
      const attempts = operation.attempts + 1;
      if (!(error instanceof ProviderError) || error.retryable) {
        this.logger.warn(`${operation.kind} ${operation.id} will be retried: ${String(error)}`);
        await this.repository.updatePending(operation.id, { attempts, lastError: String(error) });
        return;
      }
      this.logger.warn(`${operation.kind} ${operation.id} refused: ${String(error)}`);
      await this.settle(operation.id, async (locked, manager) => {
        const status = await handlers.refused(locked, error.message, manager);
        await this.repository.updatePending(locked.id, { status, attempts, lastError: String(error) }, manager);
      });
      return;
    }
    await this.settle(operation.id, async (locked, manager) => {
      await handlers.succeeded?.(locked, manager);
      const done = {
        status: 'succeeded' as const,
        providerObjectId,
        attempts: operation.attempts + 1,
        lastError: null,
      };
      await this.repository.updatePending(locked.id, done, manager);
    });
  }

  /** The provider call, keyed by the operation's idempotency key; returns the provider's object id. */
  private async call(operation: PaymentOperationEntity): Promise<string> {
    if (operation.kind === 'refund') {
      const refund = await this.provider.createRefund({
        paymentId: operation.providerPaymentId as string,
        amountMinor: operation.amountMinor,
        idempotencyKey: operation.idempotencyKey,
      });
      return refund.id;
    }
    const transfer = await this.provider.createTransfer({
      amountMinor: operation.amountMinor,
      currency: operation.currency,
      destination: operation.destination as string,
      transferGroup: `milestone_${operation.milestoneId}`,
      sourceCharge: operation.sourceCharge,
      idempotencyKey: operation.idempotencyKey,
    });
    return transfer.id;
  }

  /** Runs the outcome with the operation locked, once: a concurrent run that settled it first wins. */
  private async settle(
    operationId: string,
    outcome: (operation: PaymentOperationEntity, manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const operation = await this.repository.lock(operationId, manager);
      if (operation?.status === 'pending') await outcome(operation, manager);
    });
  }
}
