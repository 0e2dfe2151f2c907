import { availableParallelism } from 'node:os';
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Logger } from '@nestjs/common';
import { type MatchIndex, type ScanColumns, shared } from './match-index.js';
import { type CompiledJob, scoreRange } from './ranking-engine.js';

/** The cards that met every demand, by number, with their early points. */
export interface Scores {
  numbers: Int32Array;
  earlies: Float64Array;
  count: number;
}

/** One worker's share of a scan; the columns only when they changed since the worker's last share. */
export interface ScanShare {
  id: number;
  columns: ScanColumns | null;
  job: CompiledJob;
  start: number;
  end: number;
  scores: { numbers: Int32Array; earlies: Float64Array };
}

export type ScanReply = { id: number; count: number } | { id: number; error: string };

/** The worker's module beside this one: JavaScript when built, TypeScript under the tests' loader. */
const WORKER_MODULE = new URL(`./ranking-worker${extname(fileURLToPath(import.meta.url))}`, import.meta.url);

interface Thread {
  worker: Worker;
  /** The columns this worker was last sent. */
  columns: ScanColumns | null;
  waiting: Map<number, { resolve: (count: number) => void; reject: (error: Error) => void }>;
}

/**
 * Cards a ranking scans in the calling thread (a chunk at a time) rather than in the workers: a few
 * milliseconds of work at most, less than waking threads costs at the tail (on two cores shared with
 * PostgreSQL, splitting 100,000 cards' scans made their p95 worse).
 */
const IN_THREAD_UP_TO = 65_536;
/** Cards scanned in this thread between two looks at the event loop: about a millisecond of work. */
const CHUNK = 16_384;

/** `visits` in `parts` ranges of (nearly) equal length, as [start, end) pairs. */
function split(visits: number, parts: number): Array<[number, number]> {
  const size = Math.ceil(visits / Math.max(1, parts));
  return Array.from({ length: Math.max(1, parts) }, (_, part) => {
    const start = Math.min(visits, part * size);
    return [start, Math.min(visits, start + size)];
  });
}

/**
 * Worker threads that scan the match index where it lies, in shared memory: a ranking that visits
 * many cards splits them among the workers, so it takes a fraction of the time on as many cores and
 * does not block the event loop. A worker that fails is replaced by the next ranking.
 */
export class RankingWorkers {
  private readonly logger = new Logger(RankingWorkers.name);
  private readonly threads: Array<Thread | null>;
  private nextId = 0;
  private closed = false;
  /** Score buffers finished rankings gave back, for the next (several rankings may run at once). */
  private readonly spare: Array<{ numbers: Int32Array; earlies: Float64Array }> = [];

  constructor(
    size = availableParallelism(),
    private readonly inThreadUpTo = IN_THREAD_UP_TO,
  ) {
    this.threads = Array.from({ length: Math.max(1, size) }, () => null);
  }

  /** Filters and early-scores every card the job visits: here when they are few, else in equal shares. */
  async score(index: MatchIndex, job: CompiledJob): Promise<Scores> {
    if (this.closed) throw new Error('The ranking workers are closed.');
    const visits = job.visit ? job.visit.length : index.extent;
    const at = this.spare.findIndex((buffer) => buffer.numbers.length >= visits);
    const room = visits + (visits >> 3) + 1;
    const { numbers, earlies } =
      at >= 0
        ? (this.spare.splice(at, 1)[0] as { numbers: Int32Array; earlies: Float64Array })
        : { numbers: shared(Int32Array, room), earlies: shared(Float64Array, room) };
    const columns = index.columns();
    const here = visits <= this.inThreadUpTo;
    const shares = split(visits, here ? Math.ceil(visits / CHUNK) : this.threads.length);
    const counts: number[] = [];
    if (here) {
      for (const [start, end] of shares) {
        // The event loop goes first (the ranking's text query among it), and again between chunks.
        await new Promise<void>((resolve) => setImmediate(resolve));
        counts.push(scoreRange(columns, job, start, end, { numbers, earlies }));
      }
    } else {
      const asked = shares.map(([start, end], t) =>
        this.run(t, { columns, job, start, end, scores: { numbers, earlies } }),
      );
      counts.push(...(await Promise.all(asked)));
    }
    // Each share wrote from its start: close the gaps.
    let count = 0;
    counts.forEach((written, s) => {
      const [start] = shares[s] as [number, number];
      if (start !== count) {
        numbers.copyWithin(count, start, start + written);
        earlies.copyWithin(count, start, start + written);
      }
      count += written;
    });
    return { numbers, earlies, count };
  }

  /** Gives a ranking's score buffers back for the next; the four largest are kept. */
  release(scores: Scores): void {
    this.spare.push({ numbers: scores.numbers, earlies: scores.earlies });
    this.spare.sort((a, b) => b.numbers.length - a.numbers.length);
    this.spare.length = Math.min(this.spare.length, 4);
  }

  async close(): Promise<void> {
    this.closed = true;
    const threads = [...this.threads];
    this.threads.fill(null);
    await Promise.all(threads.map((thread) => thread?.worker.terminate()));
  }

  private run(t: number, share: Omit<ScanShare, 'id'>): Promise<number> {
    const thread = this.threads[t] ?? this.start(t);
    const id = this.nextId++;
    return new Promise<number>((resolve, reject) => {
      thread.waiting.set(id, { resolve, reject });
      const columns = share.columns === thread.columns ? null : share.columns;
      thread.columns = share.columns;
      thread.worker.postMessage({ ...share, id, columns } satisfies ScanShare);
    });
  }

  private start(t: number): Thread {
    const thread: Thread = { worker: new Worker(WORKER_MODULE), columns: null, waiting: new Map() };
    thread.worker.on('message', (reply: ScanReply) => {
      const waiting = thread.waiting.get(reply.id);
      thread.waiting.delete(reply.id);
      if ('error' in reply) waiting?.reject(new Error(reply.error));
      else waiting?.resolve(reply.count);
    });
    const fail = (error: Error) => {
      if (!this.closed) this.logger.error(`A ranking worker stopped: ${error.message}`);
      if (this.threads[t] === thread) this.threads[t] = null;
      for (const { reject } of thread.waiting.values()) reject(error);
      thread.waiting.clear();
    };
    thread.worker.on('error', fail);
    thread.worker.on('exit', (code) => fail(new Error(`exited with code ${code}`)));
    this.threads[t] = thread;
    return thread;
  }
}
