import { execFileSync } from 'node:child_process';
import { startThrowawayCluster, type ThrowawayCluster } from '@delegate/test-postgres';
import pg from 'pg';

export const TEMPLATE_DATABASE = 'delegate_test_template';

declare global {
  var __delegateCluster: ThrowawayCluster | undefined;
}

/**
 * Once per run: a PostgreSQL server (TEST_DATABASE_URL, or a throwaway cluster), and a template
 * database with every migration applied. Each test file then copies the template, which is fast.
 */
export default async function globalSetup(): Promise<void> {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const cluster = await startThrowawayCluster();
    globalThis.__delegateCluster = cluster;
    serverUrl = cluster.url;
  }
  const admin = new pg.Client(serverUrl);
  await admin.connect();
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DATABASE}`);
    await admin.query(`CREATE DATABASE ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  // Jest loads global setup outside its module mapping, so migrate through the built CLI (turbo builds first).
  execFileSync(process.execPath, ['dist/cli.js', 'migrate'], {
    env: { ...process.env, DATABASE_URL: withDatabase(serverUrl, TEMPLATE_DATABASE), NODE_ENV: 'test' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  process.env.DELEGATE_TEST_SERVER_URL = serverUrl;
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
