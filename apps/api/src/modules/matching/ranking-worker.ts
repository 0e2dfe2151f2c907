/**
 * A ranking worker (see RankingWorkers): scores its share of a scan over the shared columns and
 * replies how many cards met every demand.
 */
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import type { ScanColumns } from './match-index.js';
import { scoreRange } from './ranking-engine.js';
import type { ScanReply, ScanShare } from './ranking-workers.js';

/**
 * Requests come first: when both want a core, the event loop's thread runs before a scan. Linux
 * sets a priority per thread (elsewhere this call would lower the whole process, so it is left out).
 */
const NICENESS = 10;
if (process.platform === 'linux') setPriority(NICENESS);

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
