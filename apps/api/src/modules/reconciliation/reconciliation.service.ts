import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { AppError, NotFoundError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { MilestonePaymentsService } from '../escrow/milestone-payments.service.js';
import { UsersService } from '../identity/users.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { type PaymentOperation, PaymentOperationsService } from '../payments/payment-operations.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider, ProviderError } from '../payments/payment-provider.js';
import { callProvider } from '../payments/payments.errors.js';
import type { ReconciliationDifferenceEntity as DifferenceEntity } from './entities/reconciliation-difference.entity.js';
import type { ReconciliationRunEntity } from './entities/reconciliation-run.entity.js';
import { ReconciliationRepository } from './reconciliation.repository.js';

const RUN_TASK = 'reconciliation.run';
/** Objects of the last five weeks are compared: older ones were compared by earlier runs. */
const WINDOW_DAYS = 35;

type Difference = Omit<DifferenceEntity, 'id' | 'runId' | 'run' | 'repaired'> & { repaired?: boolean };

/**
 * Compares what the payment provider holds with what the ledger booked: every payment, refund and
 * transfer of the last weeks is read back from the provider. Differences are stored for ops to see;
 * a payment the provider took that was never booked (a lost webhook) is booked by the run itself.
 */
/** Arbitrary constant: the advisory lock that lets one reconciliation run at a time. */
const RUN_LOCK = 7_246_017;

export class ReconciliationRunningError extends AppError {
  readonly code = 'RECONCILIATION_RUNNING';
  constructor() {
    super('A reconciliation is running already; its results appear when it finishes.');
  }
}

@Injectable()
export class ReconciliationService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReconciliationRepository,
    private readonly ledger: LedgerService,
    private readonly payments: MilestonePaymentsService,
    private readonly operations: PaymentOperationsService,
    private readonly users: UsersService,
    private readonly audit: AuditService,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly background: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: RUN_TASK,
      policy: 'singleton',
      cron: '30 3 * * *',
      handler: async () => {
        await this.run(null);
      },
    });
  }

  /**
   * One full comparison; `opsUserId` when ops started it (audited). One runs at a time, across
   * instances: a session-level advisory lock is held on its own connection for the whole run.
   */
  async run(opsUserId: string | null): Promise<ReconciliationRunEntity> {
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock($1) AS locked', [RUN_LOCK]);
      if (!locked) throw new ReconciliationRunningError();
      try {
        return await this.compare(opsUserId);
      } finally {
        await lock.query('SELECT pg_advisory_unlock($1)', [RUN_LOCK]);
      }
    } finally {
      await lock.release();
    }
  }

  private async compare(opsUserId: string | null): Promise<ReconciliationRunEntity> {
    const run = await this.repository.startRun(this.provider.name, opsUserId);
    if (opsUserId) {
      await this.audit.record({
        actorId: opsUserId,
        action: 'reconciliation.run',
        targetType: 'reconciliation_run',
        targetId: run.id,
      });
    }
    const since = new Date(Date.now() - WINDOW_DAYS * 86_400_000);
    const payments = await this.comparePayments(since);
    const operations = await this.compareOperations(since);
    const differences = [...payments.differences, ...operations.differences];
    const differenceRows = differences.map((difference) => ({ repaired: false, ...difference }));
    await this.repository.finishRun(run.id, differenceRows, payments.checked + operations.checked);
    return this.findRun(run.id);
  }

  async runs(page: { offset: number; limit: number }) {
    const [runs, totalCount] = await this.repository.runs(page);
    return { items: await this.withNames(runs), totalCount };
  }

  async findRun(id: string) {
    const run = await this.repository.findRun(id);
    if (!run) throw new NotFoundError('No such reconciliation run.');
    const [named] = await this.withNames([run]);
    return named as ReconciliationRunEntity & { triggeredByName: string | null };
  }

  differences(runId: string): Promise<DifferenceEntity[]> {
    return this.repository.differences(runId);
  }

  /** Runs with the name of the ops member who started each (null for the schedule). */
  private async withNames(runs: ReconciliationRunEntity[]) {
    const names = await this.users.displayNames(runs.flatMap((run) => run.triggeredBy ?? []));
    return runs.map((run) => ({
      ...run,
      triggeredByName: run.triggeredBy ? (names.get(run.triggeredBy) ?? null) : null,
    }));
  }

  private async comparePayments(since: Date) {
    const rows = await this.payments.paymentsAtProviderSince(this.provider.name, since);
    const booked = await this.ledger.clearingAmounts(rows.map((row) => `payment:${row.id}`));
    const differences: Difference[] = [];
    for (const row of rows) {
      const providerPaymentId = row.providerPaymentId as string;
      const remote = await this.remote(() => this.provider.retrievePayment(providerPaymentId));
      const ledgerMinor = booked.get(`payment:${row.id}`) ?? null;
      const base = {
        objectType: 'payment' as const,
        providerObjectId: providerPaymentId,
        milestoneId: row.milestoneId,
        currency: row.currency,
        ledgerMinor,
      };
      if (!remote) {
        if (row.status === 'succeeded') {
          differences.push({ ...base, kind: 'missing_at_provider', providerMinor: null, providerStatus: null });
        }
        continue;
      }
      const found = { ...base, providerMinor: remote.amountMinor, providerStatus: remote.status };
      if (row.status === 'pending') {
        if (remote.status !== 'succeeded') continue;
        await this.payments.settlePayment(row.id, remote);
        differences.push({ ...found, kind: 'not_booked', repaired: true });
      } else if (remote.status !== 'succeeded') {
        differences.push({ ...found, kind: 'status_differs' });
      } else if (remote.amountMinor !== ledgerMinor || remote.currency !== row.currency) {
        differences.push({ ...found, kind: 'amount_differs' });
      }
    }
    return { checked: rows.length, differences };
  }

  private async compareOperations(since: Date) {
    // Operations of milestones paid through this provider (a database may have moved from the sandbox).
    const carriedOut = await this.operations.carriedOutSince(since);
    const ours = await this.payments.milestonesPaidAt(
      this.provider.name,
      carriedOut.flatMap((row) => row.milestoneId ?? []),
    );
    const rows = carriedOut.filter((row) => row.milestoneId && ours.has(row.milestoneId));
    const keyOf = (row: PaymentOperation) =>
      row.kind === 'transfer' ? `payout:${row.idempotencyKey}` : row.idempotencyKey;
    const booked = await this.ledger.clearingAmounts(rows.map(keyOf));
    const differences: Difference[] = [];
    for (const row of rows) {
      const base = {
        objectType: row.kind,
        providerObjectId: row.providerObjectId as string,
        milestoneId: row.milestoneId,
        currency: row.currency,
        ledgerMinor: booked.get(keyOf(row)) ?? null,
      };
      if (row.kind === 'refund') {
        const refund = await this.remote(() => this.provider.retrieveRefund(row.providerObjectId as string));
        if (!refund)
          differences.push({ ...base, kind: 'missing_at_provider', providerMinor: null, providerStatus: null });
        else if (refund.status === 'failed') {
          differences.push({
            ...base,
            kind: 'status_differs',
            providerMinor: refund.amountMinor,
            providerStatus: refund.status,
          });
        } else if (refund.amountMinor !== base.ledgerMinor) {
          differences.push({
            ...base,
            kind: 'amount_differs',
            providerMinor: refund.amountMinor,
            providerStatus: refund.status,
          });
        }
        continue;
      }
      const transfer = await this.remote(() => this.provider.retrieveTransfer(row.providerObjectId as string));
      if (!transfer)
        differences.push({ ...base, kind: 'missing_at_provider', providerMinor: null, providerStatus: null });
      else if (transfer.amountMinor !== base.ledgerMinor || transfer.destination !== row.destination) {
        differences.push({
          ...base,
          kind: 'amount_differs',
          providerMinor: transfer.amountMinor,
          providerStatus: null,
        });
      }
    }
    return { checked: rows.length, differences };
  }

  /** The provider's object, or null when it says there is no such object; any other failure ends the run. */
  private async remote<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await callProvider(read);
    } catch (error) {
      if (error instanceof ProviderError && error.code === 'resource_missing') return null;
      throw error;
    }
  }
}
