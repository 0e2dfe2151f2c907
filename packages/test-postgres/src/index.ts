import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A PostgreSQL server that lives only as long as a test run. */
export interface ThrowawayCluster {
  /** Connection string of the `postgres` maintenance database. */
  readonly url: string;
  stop(): Promise<void>;
}

/** PG_BIN_DIR, else the newest Debian-packaged PostgreSQL. */
const binDir = process.env.PG_BIN_DIR ?? debianBinDir();

function debianBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((name) => /^\d+$/.test(name)) : [];
  const newest = versions.sort((a, b) => Number(b) - Number(a))[0] ?? '15';
  return join(root, newest, 'bin');
}

/**
 * Starts a fresh cluster from the local PostgreSQL binaries in a temporary folder.
 * `initdb` refuses to run as root, so a root shell runs the cluster as the `postgres` user.
 */
export async function startThrowawayCluster(): Promise<ThrowawayCluster> {
  if (!existsSync(join(binDir, 'initdb'))) {
    throw new Error(
      `PostgreSQL binaries not found in ${binDir}. Install Debian's "postgresql" package, set PG_BIN_DIR, or set TEST_DATABASE_URL.`,
    );
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
    '-c',
    'listen_addresses=127.0.0.1',
    // Durability is pointless for a throwaway cluster; speed is not.
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=200',
  ]);
  const server = spawn(pgCmd, [...pgArgs], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  server.stderr.on('data', (chunk: Buffer) => {
    log += chunk.toString();
  });
  await waitUntilReady(port, () => log);
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

async function waitUntilReady(port: number, log: () => string): Promise<void> {
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
