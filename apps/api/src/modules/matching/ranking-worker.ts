/**
 * A ranking worker (see RankingWorkers): scores its share of a scan over the shared columns and
 * replies how many cards met every demand.
 */
import { parentPort } from 'node:worker_threads';
import type { ScanColumns } from './match-index.js';
import { scoreRange } from './ranking-engine.js';
import type { ScanReply, ScanShare } from './ranking-workers.js';

let columns: ScanColumns | null = null;

parentPort?.on('message', (share: ScanShare) => {
  columns = share.columns ?? columns;
  let reply: ScanReply;
  try {
    if (!columns) throw new Error('A share came before any columns.');
    reply = { id: share.id, count: scoreRange(columns, share.job, share.start, share.end, share.scores) };
  } catch (error) {
    reply = { id: share.id, error: (error as Error).message };
  }
  parentPort?.postMessage(reply);
});
