import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from '@jest/globals';
import { type CardRow, MatchIndex } from '../../../src/modules/matching/match-index.js';
import { rankInMemory, type TextSource } from '../../../src/modules/matching/ranking-engine.js';
import type { RankingRequest } from '../../../src/modules/matching/ranking-query.js';
import { RankingWorkers } from '../../../src/modules/matching/ranking-workers.js';

/** A market of VAs spread over every skill level, language level, working day, rate and capacity. */
function market(size: number): MatchIndex {
  const index = new MatchIndex();
  for (let n = 0; n < size; n++) {
    const card: CardRow = {
      user_id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
      skill_levels: [n % 5, (n >> 2) % 5, (n >> 4) % 5],
      skill_badges: [n % 3 === 0 ? 1 : 0, 0, (n >> 3) % 2],
      language_codes: ['en'],
      language_levels: [1 + (n % 7)],
      hourly_rate_minor: 800 + ((n * 37) % 2400),
      currency: n % 4 === 0 ? 'EUR' : 'USD',
      free_hours: (n * 7) % 45,
      leave_from_day: null,
      leave_until_day: null,
      work_start_utc: (n * 97) % 1440,
      work_minutes: 240 + (n % 5) * 60,
      vetting_score: 50 + (n % 51),
      response_hours: n % 6 === 0 ? null : (n % 97) / 4,
      reputation: n % 5 === 0 ? null : 40 + (n % 61),
      // No words: relevance is 0 for all (text relevance has tests of its own).
      search: '',
    };
    index.put(card);
  }
  return index;
}

const request: RankingRequest = {
  mustHave: [1],
  niceToHave: [2],
  bonus: [3],
  languages: [{ code: 'en', minLevel: 4 }],
  fxFactors: new Map([
    ['USD', 1],
    ['EUR', 1.16],
  ]),
  hourlyBudgetMinor: 2000,
  clientWindow: { start: 480, end: 960 },
  weeklyHours: 10,
  today: '2026-12-04',
  text: '',
  demands: { minOverlapMinutes: 60 },
  limit: 50,
};
const text: TextSource = { query: async () => '', ranks: async () => new Map() };

describe('the ranking workers', () => {
  const pools: RankingWorkers[] = [];
  /** Workers that take every scan, however small. */
  const workers = (size: number) => {
    const pool = new RankingWorkers(size, 0);
    pools.push(pool);
    return pool;
  };
  afterEach(async () => {
    await Promise.all(pools.splice(0).map((pool) => pool.close()));
  });

  it('split a scan into shares and join them into the answer a scan in this thread gives', async () => {
    const index = market(20_000);
    const here = new RankingWorkers(1, Number.POSITIVE_INFINITY);
    pools.push(here);
    const inThread = await rankInMemory(index, request, text, here);
    expect(inThread).toHaveLength(50);
    expect(Number(inThread[0]?.qualified)).toBeGreaterThan(500);
    expect(await rankInMemory(index, request, text, workers(1))).toEqual(inThread);
    expect(await rankInMemory(index, request, text, workers(3))).toEqual(inThread);
  });

  it('replace a worker that stopped, and the rankings it held fail instead of waiting forever', async () => {
    const index = market(5_000);
    const pool = workers(2);
    const before = await rankInMemory(index, request, text, pool);
    const threads = (pool as unknown as { threads: Array<{ worker: Worker } | null> }).threads;
    // A share sent after the worker was told to stop is never answered.
    const stopped = threads[0]?.worker.terminate();
    const pending = rankInMemory(index, request, text, pool);
    await stopped;
    await expect(pending).rejects.toThrow(/exited/);
    expect(await rankInMemory(index, request, text, pool)).toEqual(before);
  });

  it('refuse to rank once closed', async () => {
    const pool = workers(1);
    await pool.close();
    await expect(rankInMemory(market(10), request, text, pool)).rejects.toThrow(/closed/);
  });
});
