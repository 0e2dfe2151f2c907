import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startThrowawayCluster } from '@delegate/test-postgres';
import { E2E_PORT } from '../playwright.config';

const apiDir = fileURLToPath(new URL('../../apps/api/', import.meta.url));

/**
 * A real PostgreSQL (TEST_DATABASE_URL, or a throwaway cluster) and the built API serving the three
 * built apps with the demo seed, as `npm start` runs them (one setting aside), on one port.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const cluster = process.env.TEST_DATABASE_URL ? null : await startThrowawayCluster();
  const databaseUrl = process.env.TEST_DATABASE_URL ?? cluster?.url ?? '';
  const uploadDir = await mkdtemp(join(tmpdir(), 'delegate-e2e-uploads-'));
  // The development mailbox prints e-mails to the API's output; journeys read their links from it.
  const output = join(uploadDir, 'api-output.log');
  process.env.E2E_API_OUTPUT = output;
  const api = spawn(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: String(E2E_PORT),
      PUBLIC_URL: `http://localhost:${E2E_PORT}`,
      SEED_DEMO: 'true',
      LOG_LEVEL: 'warn',
      UPLOAD_DIR: uploadDir,
      // The hourly journey reviews last week's timesheet, which the market's window (Monday 12:00 to
      // Friday night UTC) closes for the weekend; a week-long window lets it run on any day.
      HOURLY_REVIEW_CLOSES_HOURS: '168',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  api.stdout?.pipe(createWriteStream(output));
  await waitForReady(api, `http://localhost:${E2E_PORT}/readyz`);
  return async () => {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await exited;
    await cluster?.stop();
    await rm(uploadDir, { recursive: true, force: true });
  };
}

async function waitForReady(api: ChildProcess, url: string): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (api.exitCode !== null) throw new Error(`The API exited with code ${api.exitCode} before it was ready.`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API was not ready at ${url} within 90 s.`);
}
