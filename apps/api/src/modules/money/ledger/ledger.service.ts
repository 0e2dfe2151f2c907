import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ACCOUNT_KIND_SQL, type AccountKind, Accounts, escrowMilestone } from './accounts.js';
import { LedgerPostingEntity } from './ledger-posting.entity.js';
import { LedgerTransactionEntity } from './ledger-transaction.entity.js';
import type { LedgerEntry, Movement } from './movements.js';

/** A milestone's money, derived from its escrow account: funded = released + refunded + held. */
export interface MilestoneMoney {
  milestoneId: string;
  currency: string;
  fundedMinor: number;
  releasedMinor: number;
  refundedMinor: number;
  heldMinor: number;
}

export interface TrialBalanceLine {
  accountKind: AccountKind;
  currency: string;
  debitsMinor: number;
  creditsMinor: number;
  balanceMinor: number;
}

/** Why an entry cannot be written, or null when it can: a programming error, never the caller's input. */
export function entryProblem(entry: LedgerEntry): string | null {
  if (!/^[A-Z]{3}$/.test(entry.currency)) return `currency ${entry.currency} is not an ISO 4217 code`;
  if (entry.postings.length < 2) return 'a transaction has at least two postings';
  if (entry.postings.some((p) => !Number.isSafeInteger(p.amountMinor) || p.amountMinor === 0)) {
    return 'every posting is a whole, non-zero number of minor units';
  }
  const sum = entry.postings.reduce((total, posting) => total + posting.amountMinor, 0);
  return sum === 0 ? null : `postings sum to ${sum}, not 0`;
}

/**
 * The append-only double-entry ledger. Writes happen in the caller's transaction, next to the state
 * change they pay for; balances are always derived from postings, never stored.
 */
@Injectable()
export class LedgerService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Records a named movement (`Movements`) once per idempotency key: a second call with the same key
   * writes nothing and reports `created: false`, so a retried action cannot move money twice.
   */
  async record(entry: Movement, manager: EntityManager): Promise<{ transactionId: string; created: boolean }> {
    const problem = entryProblem(entry);
    if (problem) throw new Error(`Ledger entry ${entry.idempotencyKey}: ${problem}.`);
    const inserted: Array<{ id: string }> = await manager.query(
      `INSERT INTO ledger_transactions (idempotency_key, kind, milestone_id, memo) VALUES ($1, $2, $3, $4)
       ON CONFLICT (idempotency_key) DO NOTHING RETURNING id`,
      [entry.idempotencyKey, entry.kind, entry.milestoneId ?? null, entry.memo ?? ''],
    );
    const [created] = inserted;
    if (!created) {
      const existing = await manager.findOneByOrFail(LedgerTransactionEntity, { idempotencyKey: entry.idempotencyKey });
      if (existing.kind !== entry.kind) {
        throw new Error(`Ledger key ${entry.idempotencyKey} was used for a ${existing.kind}, not a ${entry.kind}.`);
      }
      return { transactionId: existing.id, created: false };
    }
    await manager.query(
      `INSERT INTO ledger_postings (transaction_id, account, currency, amount_minor)
       SELECT $1, account, $2, amount FROM unnest($3::text[], $4::bigint[]) AS p(account, amount)`,
      [
        created.id,
        entry.currency,
        entry.postings.map((posting) => posting.account),
        entry.postings.map((posting) => posting.amountMinor),
      ],
    );
    return { transactionId: created.id, created: true };
  }

  /** Whether an action with this key has been recorded. */
  async recorded(idempotencyKey: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(LedgerTransactionEntity, { idempotencyKey });
  }

  /** What each action (by idempotency key) moved through the provider's clearing account, as a positive amount. */
  async clearingAmounts(
    keys: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, number>> {
    const rows: Array<{ key: string; amount: string }> = await manager.query(
      `SELECT t.idempotency_key AS key, abs(sum(p.amount_minor)) AS amount
       FROM ledger_transactions t JOIN ledger_postings p ON p.transaction_id = t.id AND p.account = $2
       WHERE t.idempotency_key = ANY($1) GROUP BY t.idempotency_key`,
      [keys, Accounts.clearing],
    );
    return new Map(rows.map((row) => [row.key, Number(row.amount)]));
  }

  /** An account's balance per currency (positive: debit). */
  async balance(account: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, number>> {
    const rows: Array<{ currency: string; balance: string }> = await manager.query(
      'SELECT currency, sum(amount_minor) AS balance FROM ledger_postings WHERE account = $1 GROUP BY currency',
      [account],
    );
    return new Map(rows.map((row) => [row.currency, Number(row.balance)]));
  }

  /** Funded, released, refunded and held per milestone; a milestone nothing was paid into is absent. */
  async milestoneMoney(
    milestoneIds: string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, MilestoneMoney>> {
    if (milestoneIds.length === 0) return new Map();
    // By escrow account, not by the transaction's milestone: a carry moves money between two weeks.
    const byAccount = new Map(milestoneIds.map((id) => [Accounts.escrow(id), id]));
    const rows: Array<Record<string, string>> = await manager.query(
      `SELECT p.account, p.currency,
         COALESCE(-sum(p.amount_minor) FILTER (WHERE t.kind IN ('funding', 'carry')), 0) AS funded,
         COALESCE(sum(p.amount_minor) FILTER (WHERE t.kind = 'release'), 0) AS released,
         COALESCE(sum(p.amount_minor) FILTER (WHERE t.kind = 'refund'), 0) AS refunded,
         -sum(p.amount_minor) AS held
       FROM ledger_postings p JOIN ledger_transactions t ON t.id = p.transaction_id
       WHERE p.account = ANY($1::text[])
       GROUP BY p.account, p.currency`,
      [[...byAccount.keys()]],
    );
    return new Map(
      rows.map((row) => {
        const milestoneId = byAccount.get(row.account as string) as string;
        return [
          milestoneId,
          {
            milestoneId,
            currency: row.currency as string,
            fundedMinor: Number(row.funded),
            releasedMinor: Number(row.released),
            refundedMinor: Number(row.refunded),
            heldMinor: Number(row.held),
          },
        ];
      }),
    );
  }

  /** The hourly week whose money was last carried into this milestone (its unused time, or its disputed part), if any. */
  async carriedFrom(milestoneId: string, manager: EntityManager = this.dataSource.manager): Promise<string | null> {
    const [row]: Array<{ account: string }> = await manager.query(
      `SELECT p.account FROM ledger_transactions t JOIN ledger_postings p ON p.transaction_id = t.id
        WHERE t.kind = 'carry' AND t.milestone_id = $1 AND p.amount_minor > 0
        ORDER BY t.created_at DESC LIMIT 1`,
      [milestoneId],
    );
    return row ? escrowMilestone(row.account) : null;
  }

  /** The platform's fee taken by one release (its timeline line), from the ledger. */
  async releaseFee(eventId: string): Promise<number> {
    const [row]: Array<{ fee: string | null }> = await this.dataSource.query(
      `SELECT -sum(p.amount_minor) AS fee FROM ledger_transactions t JOIN ledger_postings p ON p.transaction_id = t.id
        WHERE t.idempotency_key = $1 AND p.account = $2`,
      [`release:${eventId}`, Accounts.fees],
    );
    return Number(row?.fee ?? 0);
  }

  /** Every ledger transaction of a milestone, oldest first, with its postings. */
  async transactionsOf(
    milestoneId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Array<LedgerTransactionEntity & { postings: LedgerPostingEntity[] }>> {
    const transactions = await manager.getRepository(LedgerTransactionEntity).findBy({ milestoneId });
    const postings = transactions.length
      ? await manager.getRepository(LedgerPostingEntity).find({
          where: { transactionId: In(transactions.map((transaction) => transaction.id)) },
          order: { id: 'ASC' },
        })
      : [];
    // In the order written: postings are numbered as inserted, and transactions in one database
    // transaction share their creation time.
    const order = [...new Set(postings.map((posting) => posting.transactionId))];
    return transactions
      .map((transaction) => ({
        ...transaction,
        postings: postings.filter((posting) => posting.transactionId === transaction.id),
      }))
      .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  }

  /** Debits, credits and balance per account family and currency; each currency's balances sum to zero. */
  async trialBalance(manager: EntityManager = this.dataSource.manager): Promise<TrialBalanceLine[]> {
    const rows: Array<Record<string, string>> = await manager.query(
      `SELECT ${ACCOUNT_KIND_SQL} AS account_kind, currency,
         COALESCE(sum(amount_minor) FILTER (WHERE amount_minor > 0), 0) AS debits,
         COALESCE(-sum(amount_minor) FILTER (WHERE amount_minor < 0), 0) AS credits,
         sum(amount_minor) AS balance
       FROM ledger_postings GROUP BY 1, currency ORDER BY currency, 1`,
    );
    return rows.map((row) => ({
      accountKind: row.account_kind as AccountKind,
      currency: row.currency as string,
      debitsMinor: Number(row.debits),
      creditsMinor: Number(row.credits),
      balanceMinor: Number(row.balance),
    }));
  }
}
