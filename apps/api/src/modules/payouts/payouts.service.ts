import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { AppError, NotFoundError } from '../../platform/errors/app-error.js';
import { PaymentOperationEntity } from '../escrow/entities/payment-operation.entity.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { Accounts } from '../money/ledger/accounts.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider, ProviderError } from '../payments/payment-provider.js';
import { callProvider, ProviderMismatchError } from '../payments/payments.errors.js';
import { SandboxPaymentProvider } from '../payments/sandbox.provider.js';
import { PayoutAccountEntity, type PayoutAccountStatus } from './entities/payout-account.entity.js';

const RUN_TRANSFERS_TASK = 'payouts.run-transfers';
const BATCH = 100;

/** What a released milestone owes its VA: the release less the platform fee. */
export interface OwedTransfer {
  idempotencyKey: string;
  freelancerId: string;
  milestoneId: string;
  amountMinor: number;
  currency: string;
  sourceCharge: string | null;
}

/**
 * Paying VAs out: their Connect Express account (onboarding through the provider's forms, status
 * read back from it), and the transfers released money owes them. A VA can work and be released
 * money before onboarding: the transfer waits, and the money stays a payable in the ledger until
 * the account can receive it. The ledger records a payout only once the provider made the transfer.
 */
export class PayoutsNotOpenError extends AppError {
  readonly code = 'PAYOUTS_NOT_OPEN';
  constructor() {
    super('Payouts open once you have passed vetting.');
  }
}

@Injectable()
export class PayoutsService implements OnModuleInit {
  private readonly logger = new Logger(PayoutsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly ledger: LedgerService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly sandbox: SandboxPaymentProvider,
    private readonly background: BackgroundJobs,
    private readonly freelancers: FreelancersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: RUN_TRANSFERS_TASK,
      policy: 'singleton',
      cron: '* * * * *',
      handler: () => this.runStaleTransfers(),
    });
  }

  account(userId: string): Promise<PayoutAccountEntity | null> {
    return this.dataSource.getRepository(PayoutAccountEntity).findOneBy({ userId });
  }

  /** A link to the provider's onboarding forms, creating the VA's account on first use. */
  async startOnboarding(userId: string): Promise<string> {
    // A payout account is a Connect account at the provider: only for VAs Delegate has vetted.
    if (!(await this.freelancers.isApproved(userId))) throw new PayoutsNotOpenError();
    const account = (await this.account(userId)) ?? (await this.createAccount(userId));
    const back = `${this.config.http.publicUrl}/freelancer/payouts`;
    const { url } = await callProvider(() =>
      this.provider.createAccountLink({
        accountId: account.providerAccountId,
        returnUrl: `${back}?onboarding=returned`,
        refreshUrl: `${back}?onboarding=expired`,
      }),
    );
    return url;
  }

  /** Reads the account back from the provider; once it can receive money, waiting transfers go out. */
  async refresh(userId: string): Promise<PayoutAccountEntity | null> {
    const account = await this.account(userId);
    if (!account) return null;
    const remote = await callProvider(() => this.provider.retrieveAccount(account.providerAccountId));
    const status: PayoutAccountStatus = remote.payoutsEnabled
      ? 'enabled'
      : remote.detailsSubmitted
        ? 'restricted'
        : 'pending';
    await this.dataSource
      .getRepository(PayoutAccountEntity)
      .update({ userId }, { status, requirementsDue: remote.requirementsDue });
    if (status === 'enabled') await this.sendWaiting(userId, account.providerAccountId);
    return this.account(userId);
  }

  /** What a provider event about an account means for us (the webhook job); accounts not ours are ignored. */
  async onProviderAccount(providerAccountId: string): Promise<'refreshed' | 'unknown'> {
    const account = await this.dataSource.getRepository(PayoutAccountEntity).findOneBy({ providerAccountId });
    if (!account) return 'unknown';
    await this.refresh(account.userId);
    return 'refreshed';
  }

  /** The sandbox's stand-in for the provider's forms: the VA completes onboarding in one step. */
  async completeSandboxOnboarding(userId: string): Promise<PayoutAccountEntity | null> {
    if (this.provider.name !== 'sandbox') throw new ProviderMismatchError(this.provider.name);
    const account = await this.account(userId);
    if (!account) throw new NotFoundError('Start onboarding first.');
    await this.sandbox.completeOnboarding(account.providerAccountId);
    return this.refresh(userId);
  }

  /**
   * In the release's transaction: records the transfer the release owes. Returns its id when it can
   * go out now (run it after the commit), or null while the VA cannot receive money yet.
   */
  async owe(transfer: OwedTransfer, manager: EntityManager): Promise<string | null> {
    const account = await manager.getRepository(PayoutAccountEntity).findOneBy({ userId: transfer.freelancerId });
    const ready = account?.status === 'enabled';
    const { identifiers } = await manager.getRepository(PaymentOperationEntity).insert({
      kind: 'transfer',
      ...transfer,
      providerPaymentId: null,
      destination: ready ? account.providerAccountId : null,
      status: ready ? 'pending' : 'waiting',
    });
    return ready ? (identifiers[0]?.id as string) : null;
  }

  /**
   * Makes an owed transfer at the provider (same idempotency key on every attempt, so a retry after a
   * crash finds the first transfer), then books the payout. A refusal puts it back to waiting.
   */
  async runTransfer(operationId: string): Promise<void> {
    const operations = this.dataSource.getRepository(PaymentOperationEntity);
    const operation = await operations.findOneBy({ id: operationId, kind: 'transfer' });
    if (operation?.status !== 'pending' || !operation.destination || !operation.freelancerId) return;
    const { freelancerId } = operation;
    try {
      const transfer = await this.provider.createTransfer({
        amountMinor: operation.amountMinor,
        currency: operation.currency,
        destination: operation.destination,
        transferGroup: `milestone_${operation.milestoneId}`,
        sourceCharge: operation.sourceCharge,
        idempotencyKey: operation.idempotencyKey,
      });
      await this.dataSource.transaction(async (manager) => {
        const locked = await manager
          .getRepository(PaymentOperationEntity)
          .findOne({ where: { id: operation.id }, lock: { mode: 'pessimistic_write' } });
        if (locked?.status !== 'pending') return;
        await this.ledger.record(
          {
            idempotencyKey: `payout:${operation.idempotencyKey}`,
            kind: 'payout',
            milestoneId: operation.milestoneId,
            currency: operation.currency,
            postings: [
              { account: Accounts.payable(freelancerId), amountMinor: operation.amountMinor },
              { account: Accounts.clearing, amountMinor: -operation.amountMinor },
            ],
          },
          manager,
        );
        await manager
          .getRepository(PaymentOperationEntity)
          .update(
            { id: operation.id },
            { status: 'succeeded', providerObjectId: transfer.id, attempts: operation.attempts + 1, lastError: null },
          );
      });
    } catch (error) {
      const refused = error instanceof ProviderError && !error.retryable;
      this.logger.warn(`Transfer ${operation.id} ${refused ? 'refused' : 'will be retried'}: ${String(error)}`);
      await operations.update(
        { id: operation.id, status: 'pending' },
        { attempts: operation.attempts + 1, lastError: String(error), ...(refused ? { status: 'waiting' } : {}) },
      );
    }
  }

  /** What the VA is owed and has been paid, per currency, with their latest transfers. */
  async summary(userId: string) {
    const payable = await this.ledger.balance(Accounts.payable(userId));
    const paid: Array<{ currency: string; amount: string }> = await this.dataSource.query(
      `SELECT currency, sum(amount_minor) AS amount FROM payment_operations
       WHERE kind = 'transfer' AND freelancer_id = $1 AND status = 'succeeded' GROUP BY currency`,
      [userId],
    );
    const transfers = await this.dataSource.getRepository(PaymentOperationEntity).find({
      where: { kind: 'transfer', freelancerId: userId, status: In(['waiting', 'pending', 'succeeded']) },
      order: { createdAt: 'DESC', id: 'ASC' },
      take: 20,
    });
    return {
      // The payable is a credit (negative); the VA reads what they are owed as a positive amount.
      owed: [...payable]
        .filter(([, balance]) => balance !== 0)
        .map(([currency, balance]) => ({ currency, amountMinor: -balance })),
      paidOut: paid.map((row) => ({ currency: row.currency, amountMinor: Number(row.amount) })),
      transfers,
    };
  }

  private async createAccount(userId: string): Promise<PayoutAccountEntity> {
    const [who] = await this.dataSource.query(
      `SELECT u.email, p.country FROM users u LEFT JOIN freelancer_profiles p ON p.user_id = u.id WHERE u.id = $1`,
      [userId],
    );
    const remote = await callProvider(() =>
      this.provider.createAccount({
        email: who.email,
        country: who.country ?? null,
        idempotencyKey: `account:${userId}`,
      }),
    );
    await this.dataSource.query(
      `INSERT INTO payout_accounts (user_id, provider, provider_account_id) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO NOTHING`,
      [userId, this.provider.name, remote.id],
    );
    return (await this.account(userId)) as PayoutAccountEntity;
  }

  private async sendWaiting(userId: string, destination: string): Promise<void> {
    // Selected from a CTE: TypeORM answers a bare UPDATE … RETURNING with [rows, count].
    const released: Array<{ id: string }> = await this.dataSource.query(
      `WITH sent AS (UPDATE payment_operations SET status = 'pending', destination = $2, updated_at = now()
         WHERE kind = 'transfer' AND freelancer_id = $1 AND status = 'waiting' RETURNING id)
       SELECT id FROM sent`,
      [userId, destination],
    );
    for (const { id } of released) await this.runTransfer(id);
  }

  private async runStaleTransfers(): Promise<void> {
    const stale = await this.dataSource.getRepository(PaymentOperationEntity).find({
      select: { id: true },
      where: { kind: 'transfer', status: 'pending', updatedAt: LessThanOrEqual(new Date(Date.now() - 60_000)) },
      take: BATCH,
    });
    for (const { id } of stale) await this.runTransfer(id);
  }
}
