/**
 * The throughput half of `npm run bench`: three real operations served through the whole stack
 * (Fastify, sessions, GraphQL with its limits, the modules, TypeORM) under a load generator, and
 * the same answers from a bare `node:http` server with hand-written SQL over the same database (the
 * ceiling). Reports req/s and p99 of both and their ratio; the target is ≥ 0.6 of the ceiling.
 * Runs on the demo marketplace; BENCH_DATABASE_URL points it at a server, otherwise it starts a
 * throwaway cluster. BENCH_CONNECTIONS (50), BENCH_SECONDS (10) and BENCH_ROUNDS (3) shape the load.
 */
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory.js';
import { CSRF_HEADER } from '../platform/http/csrf.js';
import { DEMO_PASSWORD, seedDemoOnce } from '../seed/demo-seed.js';
import { cookiesOf, startProfiler, withBenchDatabase } from './bench-support.js';
import { CEILING_OPERATIONS, startCeiling } from './ceiling-server.js';
import { type LoadResult, load } from './load.js';

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARM_UP_SECONDS = 3;
const TARGET_RATIO = 0.6;

/** Who reads what: the operation's GraphQL document and variables, and the account that asks. */
interface Operation {
  name: keyof typeof CEILING_OPERATIONS;
  email: string;
  accountKind: 'CLIENT' | 'FREELANCER';
  variables: Record<string, unknown>;
}

/** True when every figure the bench checks held. */
async function main(): Promise<boolean> {
  return withBenchDatabase('delegate_throughput', async (databaseUrl, config) => {
    const { app } = await createApp(config, databaseUrl);
    await seedDemoOnce(app);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const stackUrl = `${await app.getUrl()}/graphql`.replace('[::1]', '127.0.0.1');
    const ceiling = await startCeiling(databaseUrl);
    try {
      const operations = await chooseOperations(app.get(DataSource));
      const rows: string[] = [];
      let failed = false;
      for (const operation of operations) {
        const query = CEILING_OPERATIONS[operation.name].query;
        const headers = {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json',
          [CSRF_HEADER]: '1',
          cookie: await signIn(stackUrl, operation),
        };
        const body = JSON.stringify({ query, variables: operation.variables });
        // Counted after a first request, as every request after a page's first finds things.
        await post(stackUrl, headers, body);
        const stackRun = await counted(() => post(stackUrl, headers, body));
        const ceilingRun = await counted(() => post(ceiling.url, headers, body));
        const [stackAnswer, ceilingAnswer] = [stackRun.answer, ceilingRun.answer];
        const same = isDeepStrictEqual(stackAnswer, ceilingAnswer);
        if (process.env.BENCH_STATEMENTS)
          process.stdout.write(`${operation.name}:\n  ${stackRun.statements.join('\n  ')}\n`);
        if (!same) {
          process.stderr.write(
            `${operation.name}: the ceiling answers differently\n  stack:   ${JSON.stringify(stackAnswer).slice(0, 2000)}\n  ceiling: ${JSON.stringify(ceilingAnswer).slice(0, 2000)}\n`,
          );
        }
        // Both servers share this machine's two cores with PostgreSQL and the load generator, so one
        // run of each swings by a tenth: they take turns, ROUNDS times, and each keeps its median run.
        const warmUp = (url: string) =>
          load({ url, body, headers, connections: CONNECTIONS, seconds: WARM_UP_SECONDS });
        await warmUp(stackUrl);
        await warmUp(ceiling.url);
        // BENCH_PROFILE=prefix writes prefix-<operation>.cpuprofile: where the full stack's time goes.
        const profiler = process.env.BENCH_PROFILE ? await startProfiler() : null;
        const stackRuns: LoadResult[] = [];
        const bareRuns: LoadResult[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          stackRuns.push(await load({ url: stackUrl, body, headers, connections: CONNECTIONS, seconds: SECONDS }));
          bareRuns.push(await load({ url: ceiling.url, body, headers, connections: CONNECTIONS, seconds: SECONDS }));
        }
        await profiler?.stop(`${process.env.BENCH_PROFILE}-${operation.name}.cpuprofile`);
        const [stack, bare] = [median(stackRuns), median(bareRuns)];
        const ratio = stack.requestsPerSecond / bare.requestsPerSecond;
        const met = same && ratio >= TARGET_RATIO && stack.errors === 0 && bare.errors === 0;
        failed ||= !met;
        const size = `${(Buffer.byteLength(JSON.stringify(stackAnswer)) / 1024).toFixed(1)} kB`;
        rows.push(
          `  ${operation.name.padEnd(10)} ${size.padStart(8)} ${`${stackRun.statements.length} → ${ceilingRun.statements.length}`.padStart(10)} ${formatLoad(stack)}   ${formatLoad(bare)}   ${ratio.toFixed(2).padStart(5)}` +
            `${same ? '' : '  DIFFERENT ANSWERS'}${stack.errors + bare.errors ? `  ${stack.errors + bare.errors} ERRORS` : ''}` +
            `${ratio < TARGET_RATIO ? '  BELOW TARGET' : ''}`,
        );
      }
      const report = [
        '',
        `Delegate throughput benchmark (${new Date().toISOString()}), demo marketplace, ${CONNECTIONS} connections, the median of ${ROUNDS} runs of ${SECONDS} s each, taking turns, after ${WARM_UP_SECONDS} s of warm-up`,
        `  ${'operation'.padEnd(10)} ${'answer'.padStart(8)} ${'statements'.padStart(10)} ${'full stack req/s, p99'.padEnd(24)}   ${'bare node:http + SQL'.padEnd(24)}   ratio (target ≥ ${TARGET_RATIO})`,
        ...rows,
        '',
      ];
      process.stdout.write(report.join('\n'));
      return !failed;
    } finally {
      await ceiling.close();
      await app.close();
    }
  });
}

/**
 * The demo's busiest cases: the VA with the longest feed, the post with the most matches (read by
 * its business's owner) and the contract with the most milestones (read by its business's owner).
 */
async function chooseOperations(dataSource: DataSource): Promise<Operation[]> {
  const [feed] = await dataSource.query(
    `SELECT u.email FROM job_matches m JOIN job_posts j ON j.id = m.job_id AND j.status = 'open'
     JOIN users u ON u.id = m.freelancer_id GROUP BY u.email ORDER BY count(*) DESC, u.email LIMIT 1`,
  );
  const [matches] = await dataSource.query(
    `SELECT m.job_id, u.email FROM job_matches m JOIN job_posts j ON j.id = m.job_id
     JOIN organization_members o ON o.organization_id = j.organization_id AND o.role = 'owner'
     JOIN users u ON u.id = o.user_id GROUP BY m.job_id, u.email ORDER BY count(*) DESC, m.job_id LIMIT 1`,
  );
  const [contract] = await dataSource.query(
    `SELECT c.id, u.email FROM contracts c JOIN contract_milestones m ON m.contract_id = c.id
     JOIN organization_members o ON o.organization_id = c.organization_id AND o.role = 'owner'
     JOIN users u ON u.id = o.user_id GROUP BY c.id, u.email ORDER BY count(*) DESC, c.id LIMIT 1`,
  );
  return [
    { name: 'jobFeed', email: feed.email, accountKind: 'FREELANCER', variables: { offset: 0, limit: 20 } },
    {
      name: 'jobMatches',
      email: matches.email,
      accountKind: 'CLIENT',
      variables: { jobId: matches.job_id, offset: 0, limit: 20 },
    },
    { name: 'contract', email: contract.email, accountKind: 'CLIENT', variables: { id: contract.id } },
  ];
}

async function signIn(url: string, operation: Operation): Promise<string> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1' },
    body: JSON.stringify({
      query: 'mutation($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email: operation.email, password: DEMO_PASSWORD, accountKind: operation.accountKind } },
    }),
  });
  const answer = (await response.json()) as { errors?: unknown };
  if (answer.errors) throw new Error(`${operation.email} could not sign in: ${JSON.stringify(answer.errors)}`);
  return cookiesOf(response.headers.getSetCookie());
}

/** Every statement the pg driver sends while `work` runs (its texts with BENCH_STATEMENTS=1). */
const sent: string[] = [];
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function countedQuery(this: pg.Client, ...args: unknown[]) {
  sent.push(typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? ''));
  return originalQuery.apply(this, args);
} as typeof pg.Client.prototype.query;

async function counted<T>(work: () => Promise<T>): Promise<{ answer: T; statements: string[] }> {
  sent.length = 0;
  const answer = await work();
  return { answer, statements: sent.splice(0) };
}

async function post(url: string, headers: Record<string, string>, body: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const answer = (await response.json()) as { errors?: unknown };
  if (response.status !== 200 || answer.errors) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(answer).slice(0, 1000)}`);
  }
  return answer;
}

/** The run with the median rate, errors summed over all runs. */
function median(runs: LoadResult[]): LoadResult {
  const sorted = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond);
  const middle = sorted[Math.floor(sorted.length / 2)] as LoadResult;
  return { ...middle, errors: runs.reduce((sum, run) => sum + run.errors, 0) };
}

function formatLoad({ requestsPerSecond, p99Ms }: LoadResult): string {
  return `${requestsPerSecond.toFixed(0).padStart(7)} req/s, p99 ${p99Ms.toFixed(0).padStart(4)} ms`.padEnd(24);
}

// Exits explicitly: the embedded cluster's exit hook would otherwise end the process with 0 whatever happened.
main().then(
  (held) => process.exit(held ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
