import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { AppError, NotFoundError } from '../../platform/errors/app-error.js';
import { AuditService } from '../audit/audit.service.js';
import { EscrowService } from '../escrow/escrow.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider, ProviderError } from '../payments/payment-provider.js';
import { callProvider } from '../payments/payments.errors.js';
import { ReconciliationDifferenceEntity as DifferenceEntity } from './entities/reconciliation-difference.entity.js';
import { ReconciliationRunEntity } from './entities/reconciliation-run.entity.js';

const RUN_TASK = 'reconciliation.run';
/** Objects of the last five weeks are compared: older ones were compared by earlier runs. */
const WINDOW_DAYS = 35;

const RUNS_SQL = `SELECT r.id, r.provider, r.started_at AS "startedAt", r.finished_at AS "finishedAt",
  r.checked_count AS "checkedCount", r.difference_count AS "differenceCount", u.display_name AS "triggeredByName"
  FROM reconciliation_runs r LEFT JOIN users u ON u.id = r.triggered_by`;

type Difference = Omit<DifferenceEntity, 'id' | 'runId' | 'run' | 'repaired'> & { repaired?: boolean };

interface PaymentRow {
  id: string;
  milestone_id: string;
  provider_payment_id: string;
  status: 'pending' | 'succeeded';
  currency: string;
}

interface OperationRow {
  id: string;
  kind: 'refund' | 'transfer';
  idempotency_key: string;
  milestone_id: string | null;
  provider_object_id: string;
  amount_minor: number;
  currency: string;
  destination: string | null;
}

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
    private readonly ledger: LedgerService,
    private readonly escrow: EscrowService,
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
    const runs = this.dataSource.getRepository(ReconciliationRunEntity);
    const run = await runs.save(runs.create({ provider: this.provider.name, triggeredBy: opsUserId }));
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
    await this.dataSource.transaction(async (manager) => {
      if (differences.length > 0) {
        await manager
          .getRepository(DifferenceEntity)
          .insert(differences.map((difference) => ({ repaired: false, ...difference, runId: run.id })));
      }
      await manager.getRepository(ReconciliationRunEntity).update(
        { id: run.id },
        {
          finishedAt: new Date(),
          checkedCount: payments.checked + operations.checked,
          differenceCount: differences.length,
        },
      );
    });
    return runs.findOneByOrFail({ id: run.id });
  }

  async runs(page: { offset: number; limit: number }) {
    const [items, [{ total }]] = await Promise.all([
      this.dataSource.query(`${RUNS_SQL} ORDER BY r.started_at DESC, r.id OFFSET $1 LIMIT $2`, [
        page.offset,
        page.limit,
      ]),
      this.dataSource.query('SELECT count(*)::int AS total FROM reconciliation_runs'),
    ]);
    return { items, totalCount: total as number };
  }

  async findRun(id: string) {
    const [run] = await this.dataSource.query(`${RUNS_SQL} WHERE r.id = $1`, [id]);
    if (!run) throw new NotFoundError('No such reconciliation run.');
    return run;
  }

  differences(runId: string): Promise<DifferenceEntity[]> {
    return this.dataSource
      .getRepository(DifferenceEntity)
      .find({ where: { runId }, order: { objectType: 'ASC', providerObjectId: 'ASC' } });
  }

  private async comparePayments(since: Date) {
    const rows: PaymentRow[] = await this.dataSource.query(
      `SELECT id, milestone_id, provider_payment_id, status, currency FROM milestone_payments
       WHERE provider = $1 AND provider_payment_id IS NOT NULL AND created_at >= $2 ORDER BY created_at`,
      [this.provider.name, since],
    );
    const booked = await this.ledger.clearingAmounts(rows.map((row) => `payment:${row.id}`));
    const differences: Difference[] = [];
    for (const row of rows) {
      const remote = await this.remote(() => this.provider.retrievePayment(row.provider_payment_id));
      const ledgerMinor = booked.get(`payment:${row.id}`) ?? null;
      const base = {
        objectType: 'payment' as const,
        providerObjectId: row.provider_payment_id,
        milestoneId: row.milestone_id,
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
        await this.escrow.settlePayment(row.id, remote);
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
    const rows: OperationRow[] = await this.dataSource.query(
      `SELECT o.id, o.kind, o.idempotency_key, o.milestone_id, o.provider_object_id, o.amount_minor, o.currency,
              o.destination
       FROM payment_operations o
       WHERE o.status = 'succeeded' AND o.provider_object_id IS NOT NULL AND o.updated_at >= $2
         AND EXISTS (SELECT 1 FROM milestone_payments p WHERE p.milestone_id = o.milestone_id AND p.provider = $1)
       ORDER BY o.updated_at`,
      [this.provider.name, since],
    );
    const keyOf = (row: OperationRow) =>
      row.kind === 'transfer' ? `payout:${row.idempotency_key}` : row.idempotency_key;
    const booked = await this.ledger.clearingAmounts(rows.map(keyOf));
    const differences: Difference[] = [];
    for (const row of rows) {
      const base = {
        objectType: row.kind,
        providerObjectId: row.provider_object_id,
        milestoneId: row.milestone_id,
        currency: row.currency,
        ledgerMinor: booked.get(keyOf(row)) ?? null,
      };
      if (row.kind === 'refund') {
        const refund = await this.remote(() => this.provider.retrieveRefund(row.provider_object_id));
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
      const transfer = await this.remote(() => this.provider.retrieveTransfer(row.provider_object_id));
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
