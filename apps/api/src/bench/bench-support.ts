import { writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import { startThrowawayCluster } from '@delegate/test-postgres';
import pg from 'pg';
import { type AppConfig, loadConfig } from '../config/config.js';
import { runMigrations } from '../database/migrate.js';

/**
 * A migrated database of the bench's own on BENCH_DATABASE_URL's server, or on a throwaway cluster
 * that stops after `run`, whatever happens; `run` gets it with the app's settings for a bench.
 */
export async function withBenchDatabase<T>(
  name: string,
  run: (databaseUrl: string, config: AppConfig) => Promise<T>,
): Promise<T> {
  const cluster = process.env.BENCH_DATABASE_URL ? null : await startThrowawayCluster();
  try {
    const databaseUrl = await freshDatabase(process.env.BENCH_DATABASE_URL ?? (cluster?.url as string), name);
    await runMigrations(databaseUrl);
    const config = loadConfig({
      NODE_ENV: 'test',
      LOG_LEVEL: 'silent',
      DATABASE_URL: databaseUrl,
      WORKER_ENABLED: 'false',
      SEED_DEMO: 'false',
    });
    return await run(databaseUrl, config);
  } finally {
    await cluster?.stop();
  }
}

/** An empty database of the bench's own on the server (dropped first if a run left one). */
async function freshDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function percentiles(values: number[], digits = 1): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => (sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0).toFixed(digits);
  return `p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${(sorted.at(-1) ?? 0).toFixed(digits)}`;
}

/** The `Cookie` header a browser would send back after these `Set-Cookie` headers (session and device). */
export function cookiesOf(setCookie: string | string[]): string {
  return (Array.isArray(setCookie) ? setCookie : [setCookie]).map((header) => header.split(';')[0]).join('; ');
}

/** A CPU profile of part of the run (BENCH_PROFILE names the file), to see where the time goes. */
export async function startProfiler() {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  return {
    async stop(file: string) {
      const { profile } = await session.post('Profiler.stop');
      await writeFile(file, JSON.stringify(profile));
      session.disconnect();
    },
  };
}
