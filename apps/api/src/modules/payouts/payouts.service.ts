import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { AppError, NotFoundError } from '../../platform/errors/app-error.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import { Accounts } from '../money/ledger/accounts.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { Movements } from '../money/ledger/movements.js';
import { PaymentOperationsService } from '../payments/payment-operations.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider.js';
import { callProvider, ProviderMismatchError } from '../payments/payments.errors.js';
import { SandboxPaymentProvider } from '../payments/sandbox.provider.js';
import type { PayoutAccountEntity, PayoutAccountStatus } from './entities/payout-account.entity.js';
import { PayoutsRepository } from './payouts.repository.js';

/** What a released milestone owes its VA: the release less the platform fee. */
export interface OwedPayout {
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
  constructor(
    private readonly repository: PayoutsRepository,
    private readonly ledger: LedgerService,
    private readonly operations: PaymentOperationsService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly sandbox: SandboxPaymentProvider,
    private readonly freelancers: FreelancersService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.operations.register('transfer', {
      // The ledger records a payout only once the provider made the transfer.
      succeeded: async (operation, manager) => {
        const paid = {
          milestoneId: operation.milestoneId,
          currency: operation.currency,
          amountMinor: operation.amountMinor,
        };
        const payout = Movements.payout(operation.idempotencyKey, operation.freelancerId as string, paid);
        await this.ledger.record(payout, manager);
      },
      // The money stays the VA's payable; the transfer waits until their account can receive it.
      refused: async () => 'waiting',
    });
  }

  account(userId: string): Promise<PayoutAccountEntity | null> {
    return this.repository.account(userId);
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
    await this.repository.updateAccount(userId, status, remote.requirementsDue);
    if (status === 'enabled') await this.operations.sendWaitingTransfers(userId, account.providerAccountId);
    return this.account(userId);
  }

  /** What a provider event about an account means for us (the webhook job); accounts not ours are ignored. */
  async onProviderAccount(providerAccountId: string): Promise<'refreshed' | 'unknown'> {
    const account = await this.repository.accountAtProvider(providerAccountId);
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
  async owe(payout: OwedPayout, manager: EntityManager): Promise<string | null> {
    const account = await this.repository.account(payout.freelancerId, manager);
    const destination = account?.status === 'enabled' ? account.providerAccountId : null;
    return this.operations.oweTransfer({ ...payout, destination }, manager);
  }

  /** What the VA is owed and has been paid, per currency, with their latest transfers. */
  async summary(userId: string) {
    const payable = await this.ledger.balance(Accounts.payable(userId));
    const paidOut = await this.operations.transferredTo(userId);
    const transfers = await this.operations.latestTransfers(userId);
    return {
      // The payable is a credit (negative); the VA reads what they are owed as a positive amount.
      owed: [...payable]
        .filter(([, balance]) => balance !== 0)
        .map(([currency, balance]) => ({ currency, amountMinor: -balance })),
      paidOut,
      transfers,
    };
  }

  private async createAccount(userId: string): Promise<PayoutAccountEntity> {
    const user = await this.users.findUserById(userId);
    if (!user) throw new NotFoundError('No such account.');
    const found = await this.freelancers.profile(userId);
    const remote = await callProvider(() =>
      this.provider.createAccount({
        email: user.email,
        country: found?.profile.country ?? null,
        idempotencyKey: `account:${userId}`,
      }),
    );
    await this.repository.insertAccount(userId, this.provider.name, remote.id);
    return (await this.account(userId)) as PayoutAccountEntity;
  }
}
