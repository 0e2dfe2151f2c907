import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { DatabaseNotifications } from '../../platform/background/database-notifications.js';
import { MatchIndex } from './match-index.js';
import { MATCH_CARDS_CHANNEL, MatchingRepository } from './matching.repository.js';
import { explainInMemory, rankInMemory, type TextSource } from './ranking-engine.js';
import type { RankedRow, RankingRequest } from './ranking-query.js';
import { RankingWorkers } from './ranking-workers.js';

/** Cards per read while loading the index. */
const PAGE = 20_000;
/** How long a ranking waits for this instance to hear of earlier changes before it ranks anyway. */
const CATCH_UP_MS = 2_000;
const RETRY_MS = 1_000;

/**
 * This instance's in-memory index of every match card, loaded when the app starts and kept
 * current by the cards' notifications: each names the VAs whose cards changed, and their cards
 * are read again. Changes are applied one after another in the order they were committed; a lost
 * connection reloads everything. PostgreSQL stays the source of truth.
 */
@Injectable()
export class MatchIndexService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MatchIndexService.name);
  private index = new MatchIndex();
  private readonly workers = new RankingWorkers();
  /** Every load and change, in order: each step starts when the one before has finished. */
  private steps: Promise<void> = Promise.resolve();
  private readonly changed = new Set<string>();
  private readonly barriers = new Map<string, () => void>();

  constructor(
    private readonly repository: MatchingRepository,
    private readonly notifications: DatabaseNotifications,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.notifications.listen(MATCH_CARDS_CHANNEL, {
      message: (payload) => this.received(payload),
      connected: () => this.enqueue(() => this.load()),
    });
    // Serve only with the index loaded (the listener loads it once connected).
    await this.steps;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.workers.close();
  }

  /** Cards in the index, and the bytes of its columns and words. */
  get stats() {
    return { cards: this.index.size, columnBytes: this.index.columnBytes() };
  }

  /** Ranks over the index; a card whose words did not fit is ranked by PostgreSQL with `manager`. */
  rank(request: RankingRequest, manager?: EntityManager): Promise<RankedRow[]> {
    return rankInMemory(this.index, request, databaseText(this.repository, manager), this.workers);
  }

  /** One VA's features and score for a job, demands aside; null when the VA has no card. */
  explain(request: RankingRequest, userId: string, manager?: EntityManager): Promise<RankedRow | null> {
    return explainInMemory(this.index, request, userId, databaseText(this.repository, manager));
  }

  /**
   * Resolves once this instance has applied every change committed before the call: a barrier sent
   * on the channel comes back after them, since notifications arrive in commit order. After
   * `timeoutMs` it resolves anyway (a full reload of many cards may still be running).
   */
  async caughtUp(timeoutMs = CATCH_UP_MS): Promise<void> {
    const nonce = randomUUID();
    let timer: NodeJS.Timeout | undefined;
    const reached = new Promise<void>((resolve) => {
      this.barriers.set(nonce, resolve);
      timer = setTimeout(() => {
        this.logger.warn('The match index did not catch up in time; ranking with what it has.');
        resolve();
      }, timeoutMs);
    });
    try {
      await this.repository.notifyCards(`barrier:${nonce}`);
      await reached;
    } finally {
      clearTimeout(timer);
      this.barriers.delete(nonce);
    }
  }

  private received(payload: string): void {
    if (payload === 'all') {
      this.enqueue(() => this.load());
    } else if (payload.startsWith('barrier:')) {
      const reached = this.barriers.get(payload.slice('barrier:'.length));
      if (reached) this.enqueue(async () => reached());
    } else {
      for (const userId of payload.split(',')) this.changed.add(userId);
      this.enqueue(() => this.applyChanges());
    }
  }

  private enqueue(step: () => Promise<void>): void {
    this.steps = this.steps.then(step).catch((error: Error) => this.logger.error(error));
  }

  /** Reads every card into a new index and swaps it in; rankings under way finish on the old one. */
  private async load(): Promise<void> {
    this.index = await loadIndex(this.repository);
  }

  /** Reads the changed cards again: a VA with no card any more leaves the index. */
  private async applyChanges(): Promise<void> {
    if (!this.changed.size) return;
    const userIds = [...this.changed];
    this.changed.clear();
    let rows: Awaited<ReturnType<MatchingRepository['cardsOf']>>;
    try {
      rows = await this.repository.cardsOf(userIds);
    } catch (error) {
      for (const userId of userIds) this.changed.add(userId);
      setTimeout(() => this.enqueue(() => this.applyChanges()), RETRY_MS).unref();
      throw error;
    }
    const found = new Set(rows.map((row) => row.user_id));
    for (const row of rows) this.index.put(row);
    for (const userId of userIds) if (!found.has(userId)) this.index.remove(userId);
  }
}

/** What ranking asks PostgreSQL about text: a post's query, and ts_rank of cards with `manager`. */
export function databaseText(repository: MatchingRepository, manager?: EntityManager): TextSource {
  return {
    query: (words) => repository.textQuery(words),
    ranks: (userIds, words) => repository.textRanks(userIds, words, manager),
  };
}

/** Every card, read in pages of user-id order, into a new index (or into `index`, empty). */
export async function loadIndex(repository: MatchingRepository, index = new MatchIndex()): Promise<MatchIndex> {
  let after: string | null = null;
  for (;;) {
    const page = await repository.cardsAfter(after, PAGE);
    for (const row of page) index.put(row);
    if (page.length < PAGE) {
      index.compact();
      return index;
    }
    after = (page.at(-1) as { user_id: string }).user_id;
  }
}
