/**
 * `npm run bench`: the matching engine at marketplace scale, through the real API on a real
 * PostgreSQL. Loads BENCH_VAS approved VAs (default 100,000) and BENCH_JOBS open jobs (10,000),
 * ranks a sample of jobs as the background task does, and counts the SQL statements GraphQL
 * operations issue at two page sizes (a count that grows with the page is an N+1). VAs' job feeds
 * and the open-job search are timed too, for a sample of VAs given a busy feed.
 * BENCH_DATABASE_URL points it at a server; otherwise it starts a throwaway cluster.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory.js';
import type { AppConfig } from '../config/config.js';
import { JobsRepository } from '../modules/jobs/jobs.repository.js';
import { JobsService } from '../modules/jobs/jobs.service.js';
import { loadIndex, MatchIndexService } from '../modules/matching/match-index.service.js';
import { MatchingRepository } from '../modules/matching/matching.repository.js';
import { MatchingService, rankingRequestFor, toMatches } from '../modules/matching/matching.service.js';
import type { RankedRow, RankingRequest } from '../modules/matching/ranking-query.js';
import { TalentSearchService } from '../modules/matching/talent-search.service.js';
import { FxRatesService } from '../modules/money/fx-rates.service.js';
import { CSRF_HEADER } from '../platform/http/csrf.js';
import { createFreelancer, createOrganization, ensureSkillCatalog } from '../seed/factories.js';
import { cookiesOf, percentiles, startProfiler, withBenchDatabase } from './bench-support.js';
import { bulkLoad } from './bulk-load.js';

const VAS = Number(process.env.BENCH_VAS ?? 100_000);
const JOBS = Number(process.env.BENCH_JOBS ?? 10_000);
const SAMPLE = Number(process.env.BENCH_SAMPLE ?? 300);
const PASSWORD = 'bench password 1';

/** Every statement the pg driver sends, with its duration: the bench's only instrument. */
const statements: Array<{ text: string; values: unknown; ms: number }> = [];
const originalQuery = pg.Client.prototype.query as (...args: unknown[]) => unknown;
pg.Client.prototype.query = function timedQuery(this: pg.Client, ...args: unknown[]) {
  const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string })?.text ?? '');
  const values = typeof args[0] === 'string' ? args[1] : (args[0] as { values?: unknown })?.values;
  const started = performance.now();
  const result = originalQuery.apply(this, args);
  if (result instanceof Promise) {
    return result.finally(() => statements.push({ text, values, ms: performance.now() - started }));
  }
  return result;
} as typeof pg.Client.prototype.query;

/** True when every figure the bench checks held. */
async function main(): Promise<boolean> {
  return withBenchDatabase('delegate_bench', async (databaseUrl, config) => {
    const { app } = await createApp(config, databaseUrl);
    const dataSource = app.get(DataSource);
    const matching = app.get(MatchingService);
    const jobs = app.get(JobsService);
    const fxRates = app.get(FxRatesService);

    let started = performance.now();
    await ensureSkillCatalog(dataSource);
    await bulkLoad(dataSource, { vas: VAS, jobs: JOBS });
    const loadSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await dataSource.transaction((manager) => matching.refreshAllCards(manager));
    // Measure the steady state of a live database, not the minutes after a bulk load: vacuumed (no dead
    // card versions, hint bits set), analysed, checkpointed, so autovacuum and the checkpointer are
    // not busy on the loaded tables while the bench takes its timings on the same two cores.
    await dataSource.query('VACUUM ANALYZE');
    await dataSource.query('CHECKPOINT');
    const cardSeconds = (performance.now() - started) / 1000;
    const [{ cards }] = await dataSource.query('SELECT count(*)::int AS cards FROM match_cards');
    const jobIds: string[] = (
      await dataSource.query(`SELECT id FROM job_posts WHERE status = 'open' ORDER BY md5(id::text) LIMIT $1`, [SAMPLE])
    ).map((row: { id: string }) => row.id);

    // The index each instance keeps: a fresh load of every card, timed, and its memory after a full collection.
    const index = app.get(MatchIndexService);
    // The instance reloads its index after the bulk write: wait for that, however long a million cards take.
    await index.caughtUp(600_000);
    const repository = app.get(MatchingRepository);
    await collectGarbage();
    const heapBefore = memoryInUse();
    started = performance.now();
    const loaded = await loadIndex(repository);
    const indexLoadSeconds = (performance.now() - started) / 1000;
    await collectGarbage();
    const indexBytes = memoryInUse() - heapBefore;
    const indexCards = loaded.size;

    // The engine against the SQL reference on every sampled job: times of both, and whether they agree.
    const requests = await Promise.all(
      jobIds.map((jobId) =>
        dataSource.transaction(async (manager) => {
          const locked = await rankingRequestFor(jobs, fxRates, jobId, new Date(), config.matching.listSize, manager);
          if (!locked) throw new Error(`job ${jobId} did not load`);
          return locked.request;
        }),
      ),
    );
    for (const request of requests.slice(0, 20)) await index.rank(request);
    const engineMs: number[] = [];
    const loopDelay = monitorEventLoopDelay({ resolution: 1 });
    const profiler = process.env.BENCH_PROFILE ? await startProfiler() : null;
    loopDelay.enable();
    const engineRows = [];
    const textIds: number[] = [];
    const textMs: number[] = [];
    for (const request of requests) {
      statements.length = 0;
      const begin = performance.now();
      engineRows.push(await index.rank(request));
      engineMs.push(performance.now() - begin);
      const texts = statements.filter((s) => s.text.includes('ts_rank(t.search'));
      textIds.push(texts.reduce((sum, s) => sum + ((s.values as unknown[][])[0] as unknown[]).length, 0));
      textMs.push(texts.reduce((sum, s) => sum + s.ms, 0));
    }
    loopDelay.disable();
    await profiler?.stop(process.env.BENCH_PROFILE as string);
    statements.length = 0;
    let disagreements = 0;
    for (const [n, request] of requests.entries()) {
      const reference = await dataSource.transaction((manager) => repository.rank(request, manager));
      if (!sameRanking(reference, engineRows[n] as RankedRow[])) disagreements++;
    }
    const rankingMs = statements.filter((s) => s.text.includes('FROM match_cards c')).map((s) => s.ms);
    if (process.env.BENCH_EXPLAIN) {
      // The plan of the slowest reference ranking, to see where the time goes.
      const rankings = statements.filter((s) => s.text.includes('FROM match_cards c'));
      const slowest = rankings.reduce((a, b) => (b.ms > a.ms ? b : a));
      const plan = await dataSource.query(`EXPLAIN (ANALYZE, BUFFERS) ${slowest.text}`, slowest.values as unknown[]);
      process.stdout.write(`${plan.map((row: Record<string, string>) => row['QUERY PLAN']).join('\n')}\n`);
    }

    // The whole background task around the engine.
    for (const jobId of jobIds.slice(0, 20)) await matching.rankAndInvite(jobId);
    const taskMs: number[] = [];
    const qualified: number[] = [];
    for (const jobId of jobIds) {
      const begin = performance.now();
      await matching.rankAndInvite(jobId);
      taskMs.push(performance.now() - begin);
    }
    for (const row of await dataSource.query('SELECT qualified_count FROM job_rankings')) {
      qualified.push(row.qualified_count);
    }
    const propagationMs = await propagation(config, databaseUrl, matching, requests[0] as RankingRequest);
    const talentMs = await talentSearches(app.get(TalentSearchService), dataSource);

    const { feedMs, feedTaskMs, searchMs } = await feedAndSearch(dataSource, matching, jobs);
    const counts = await statementCounts(app, dataSource, jobIds[0] as string);
    const longTextMs = await searchOverLongTexts(app, dataSource);
    await app.close();

    const report = [
      '',
      `Delegate matching benchmark (${new Date().toISOString()})`,
      `  market: ${cards.toLocaleString('en')} approved VAs with cards, ${JOBS.toLocaleString('en')} open jobs`,
      `  bulk load ${loadSeconds.toFixed(1)} s, cards written in ${cardSeconds.toFixed(1)} s`,
      `  VAs who met every demand, per job: ${percentiles(qualified, 0)}`,
      `  match index: ${indexCards.toLocaleString('en')} cards (${loaded.lexemes.size.toLocaleString('en')} distinct words, ${(loaded.wordBytes / 2 ** 20).toFixed(1)} MB of them) loaded in ${indexLoadSeconds.toFixed(1)} s, ${(indexBytes / 2 ** 20).toFixed(0)} MB (${((indexBytes / 2 ** 20) * (1_000_000 / Math.max(1, indexCards))).toFixed(0)} MB per million cards)`,
      `  ranking in memory (filter + score + top ${config.matching.listSize}, text relevance of the finalists), ${engineMs.length} jobs: ${percentiles(engineMs)} ms`,
      `    cards whose text relevance was asked of PostgreSQL (words the index could not pack), per ranking: ${percentiles(textIds, 0)}, ${percentiles(textMs)} ms`,
      `    event loop delay while ranking: p99 ${(loopDelay.percentile(99) / 1e6).toFixed(1)}, max ${(loopDelay.max / 1e6).toFixed(1)} ms`,
      `    same answers as the SQL reference: ${requests.length - disagreements} of ${requests.length} jobs${disagreements ? '  DIFFERENT' : ''}`,
      `  ranking query in SQL (the reference), ${rankingMs.length} jobs: ${percentiles(rankingMs)} ms`,
      `  whole ranking task (catch up, lock, rank, store matches, invite, e-mails): ${percentiles(taskMs)} ms`,
      `  talent search (a skill at a level, English, overlap, a rate ceiling, free hours; first page of 20), ${talentMs.length} searches: ${percentiles(talentMs)} ms`,
      `  a capacity change on one instance, seen by ranking on a second (from the commit), ${propagationMs.length} changes: ${percentiles(propagationMs)} ms`,
      `  job-feed query (a VA with ${FEED_SIZE} matches, first page of 20), ${feedMs.length} VAs: ${percentiles(feedMs)} ms`,
      `  whole feed (feed query + the posts with skills and languages): ${percentiles(feedTaskMs)} ms`,
      `  open-job search (words, first page of 20), ${searchMs.length} searches: ${percentiles(searchMs)} ms`,
      `  search through GraphQL over ${LONG_POSTS} posts of ${LONG_TEXT.length.toLocaleString('en')} characters, ${LONG_ALIASES} aliases, ${longTextMs.length} requests: ${percentiles(longTextMs)} ms`,
      '  SQL statements per GraphQL operation (a first view; then a small page → a large page):',
      ...counts.map(
        ({ name, first, small, large }) =>
          `    ${name.padEnd(18)} ${String(first).padStart(2)}; ${small} → ${large}${small === large ? '' : '  GROWS'}`,
      ),
      '',
    ];
    process.stdout.write(report.join('\n'));
    return counts.every(({ small, large }) => small === large) && !disagreements;
  });
}

/**
 * Starts a second instance on the same database, then changes a listed VA's capacity on the first
 * again and again; each time, the second ranks the job until its list follows the change.
 */
async function propagation(
  config: AppConfig,
  databaseUrl: string,
  matching: MatchingService,
  request: RankingRequest,
): Promise<number[]> {
  const { app: second } = await createApp(config, databaseUrl);
  try {
    const secondIndex = second.get(MatchIndexService);
    const [top] = await secondIndex.rank(request);
    if (!top) throw new Error('the sampled job has no candidates');
    const times: number[] = [];
    for (let change = 0; change < 10; change++) {
      const listed = change % 2 === 1;
      await matching.setAvailability(top.user_id, {
        weeklyCapacityHours: listed ? 40 : 1,
        leaveFrom: null,
        leaveUntil: null,
      });
      const committed = performance.now();
      while ((await secondIndex.rank(request)).some((row) => row.user_id === top.user_id) !== listed) {
        if (performance.now() - committed > 10_000) throw new Error('the second instance did not follow in 10 s');
      }
      times.push(performance.now() - committed);
    }
    return times;
  } finally {
    await second.close();
  }
}

/** The same VAs in the same order with the same exact scores, and the same stored features. */
function sameRanking(reference: RankedRow[], engine: RankedRow[]): boolean {
  const key = (rows: RankedRow[]) =>
    JSON.stringify([rows.map((row) => [row.user_id, row.score]), rows[0]?.qualified, toMatches(rows)]);
  return key(reference) === key(engine);
}

/**
 * A business's talent searches through the service (its rate limit included), with filters varied
 * the way people vary them: one skill from the catalogue at some level, English at B2 or C1, 0–3 h
 * of overlap with a Berlin day, a rate ceiling in euros, and free hours.
 */
async function talentSearches(talent: TalentSearchService, dataSource: DataSource): Promise<number[]> {
  const { organization, owner } = await createOrganization(dataSource, { name: 'Talent Bench' });
  const actor = {
    kind: 'client',
    userId: owner.id,
    sessionId: 'bench',
    organizationId: organization.id,
    organizationRole: 'owner',
  } as const;
  const skills: Array<{ id: string }> = await dataSource.query('SELECT id FROM skills ORDER BY slug');
  const levels = ['beginner', 'intermediate', 'advanced', 'expert'] as const;
  const search = (n: number) => ({
    skills: [
      { skillId: (skills[n % skills.length] as { id: string }).id, minLevel: levels[n % 4] as (typeof levels)[number] },
    ],
    languages: [{ language: 'en', minLevel: n % 2 ? ('C1' as const) : ('B2' as const) }],
    timeZone: 'Europe/Berlin',
    workStartMinute: 540,
    workEndMinute: 1020,
    minOverlapHours: n % 4,
    currency: 'EUR',
    rateMinMinor: null,
    rateMaxMinor: 1500 + (n % 5) * 500,
    minWeeklyHours: 5 + (n % 3) * 5,
    includeOnLeave: false,
    words: '',
  });
  for (let n = 0; n < 20; n++) await talent.search(actor, search(n), { offset: 0, limit: 20 });
  const times: number[] = [];
  for (let n = 0; n < 200; n++) {
    const begin = performance.now();
    await talent.search(actor, search(n), { offset: 0, limit: 20 });
    times.push(performance.now() - begin);
  }
  return times;
}

/** Heap and typed-array memory in use. */
function memoryInUse(): number {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/** Two full collections a tick apart, so memory freed by the first (typed arrays' stores) is gone too. */
async function collectGarbage(): Promise<void> {
  const gc = global.gc;
  if (!gc) throw new Error('run the bench with --expose-gc (npm run bench does)');
  gc();
  await new Promise((resolve) => setTimeout(resolve, 50));
  gc();
}

const FEED_SIZE = 60;
const SEARCHES = ['shopify returns', 'calendar meetings', 'amazon listings', 'bank payouts', 'instagram', 'lead lists'];

/**
 * Gives a sample of VAs a busy feed (matches on FEED_SIZE random open posts, a sixth of them invited),
 * then times each VA's first feed page, and the open-job search for a handful of phrases.
 */
async function feedAndSearch(dataSource: DataSource, matching: MatchingService, jobs: JobsService) {
  const vaIds: string[] = (
    await dataSource.query('SELECT user_id FROM match_cards ORDER BY md5(user_id::text) LIMIT $1', [SAMPLE])
  ).map((row: { user_id: string }) => row.user_id);
  await dataSource.query(
    `INSERT INTO job_matches (job_id, freelancer_id, rank, score, features, ranked_at, invited_at)
     SELECT j.id, v.id, 1 + abs(hashtext(j.id::text || v.id::text) % 50), 70, m.features, now(),
       CASE WHEN hashtext(v.id::text || j.id::text) % 6 = 0 THEN now() END
     FROM unnest($1::uuid[]) AS v(id)
     CROSS JOIN LATERAL (SELECT id FROM job_posts WHERE status = 'open' ORDER BY md5(id::text || v.id::text) LIMIT $2) j
     CROSS JOIN (SELECT features FROM job_matches LIMIT 1) m
     ON CONFLICT DO NOTHING`,
    [vaIds, FEED_SIZE],
  );
  await dataSource.query('ANALYZE job_matches');
  const page = { offset: 0, limit: 20 };
  for (const vaId of vaIds.slice(0, 20)) await matching.feed(vaId, page);
  statements.length = 0;
  const feedTaskMs: number[] = [];
  for (const vaId of vaIds) {
    const begin = performance.now();
    await matching.feed(vaId, page);
    feedTaskMs.push(performance.now() - begin);
  }
  const feedMs = statements.filter((s) => s.text.includes('FROM job_matches m JOIN job_posts j')).map((s) => s.ms);
  statements.length = 0;
  for (let round = 0; round < 20; round++) {
    for (const query of SEARCHES) await jobs.searchListings({ query }, page);
  }
  const searchMs = statements.filter((s) => s.text.includes('websearch_to_tsquery')).map((s) => s.ms);
  return { feedMs, feedTaskMs, searchMs };
}

/** Statements each operation sends at two page sizes, through the real GraphQL endpoint. */
async function statementCounts(
  app: Awaited<ReturnType<typeof createApp>>['app'],
  dataSource: DataSource,
  jobId: string,
) {
  const [{ organization_id: organizationId }] = await dataSource.query(
    'SELECT organization_id FROM job_posts WHERE id = $1',
    [jobId],
  );
  const { owner } = await createOrganization(dataSource, { owner: { password: PASSWORD } });
  await dataSource.query('UPDATE organization_members SET organization_id = $1 WHERE user_id = $2', [
    organizationId,
    owner.id,
  ]);
  const fastify = app.getHttpAdapter().getInstance();
  let cookie = '';
  const graphql = async (query: string, variables: Record<string, unknown> = {}) => {
    const response = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
      payload: JSON.stringify({ query, variables }),
    });
    if (response.headers['set-cookie']) cookie = cookiesOf(response.headers['set-cookie']);
    const body = response.json() as { errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
  };
  await graphql('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: owner.email, password: PASSWORD, accountKind: 'CLIENT' },
  });
  // Counted as every request after a page's first: with the session already read (instances keep it).
  await graphql('{ me { id } }');
  const operations: Operation[] = [
    {
      name: 'jobMatches',
      query: `query($jobId: ID!, $limit: Int!) { jobMatches(jobId: $jobId, limit: $limit) {
        totalCount ranking { qualifiedCount } items { score freelancer { displayName headline } factors { points } } } }`,
      variables: (limit: number) => ({ jobId, limit }),
      pages: [5, 50],
    },
    {
      name: 'jobProposals',
      query: `query($jobId: ID!, $limit: Int!) { jobProposals(jobId: $jobId, limit: $limit) {
        totalCount items { status freelancer { displayName } job { title } } } }`,
      variables: (limit: number) => ({ jobId, limit }),
      pages: [5, 50],
    },
    {
      name: 'myJobPosts',
      query: `query($limit: Int!) { myJobPosts(limit: $limit) { totalCount items { id title skills { skill { name } } languages { language } } } }`,
      variables: (limit: number) => ({ limit }),
      pages: [5, 50],
    },
  ];
  // Sixty proposals on the job (from VAs of the sample) and sixty from one VA on other posts.
  const { user: va } = await createFreelancer(dataSource, { password: PASSWORD, vettingStage: 'approved' });
  await dataSource.query(
    `INSERT INTO proposals (job_id, freelancer_id, cover_letter, amount_minor, currency, screening_answers, available_from, masked)
     SELECT $1, user_id, 'A cover letter long enough to be read by the business.', 1500, 'USD', '[]', '2099-01-04',
       jsonb_build_object('coverLetter', 'A cover letter long enough to be read by the business.', 'screeningAnswers', '[]'::jsonb)
     FROM match_cards ORDER BY user_id LIMIT 60`,
    [jobId],
  );
  await dataSource.query(
    `INSERT INTO proposals (job_id, freelancer_id, cover_letter, amount_minor, currency, screening_answers, available_from, masked)
     SELECT id, $1, 'A cover letter long enough to be read by the business.', 1500, 'USD', '[]', '2099-01-04',
       jsonb_build_object('coverLetter', 'A cover letter long enough to be read by the business.', 'screeningAnswers', '[]'::jsonb)
     FROM job_posts WHERE status = 'open' ORDER BY id LIMIT 60`,
    [va.id],
  );
  await dataSource.query(
    `INSERT INTO job_matches (job_id, freelancer_id, rank, score, features, ranked_at)
     SELECT p.job_id, p.freelancer_id, 1, 70, (SELECT features FROM job_matches LIMIT 1), now()
     FROM proposals p WHERE p.freelancer_id = $1 ON CONFLICT DO NOTHING`,
    [va.id],
  );
  const results = await countEach(graphql, operations);
  cookie = '';
  await graphql('mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: va.email, password: PASSWORD, accountKind: 'FREELANCER' },
  });
  // Counted as every request after a page's first: with the session already read (instances keep it).
  await graphql('{ me { id } }');
  const vaOperations = [
    {
      name: 'jobFeed',
      query: `query($limit: Int!) { jobFeed(limit: $limit) { totalCount items { score factors { points }
        listing { title skills { skill { name } } languages { language }
          client { name hireRate medianHoursToFund reputation { score } } } } } }`,
      variables: (limit: number) => ({ limit }),
      pages: [5, 50],
    },
    {
      name: 'searchJobListings',
      query: `query($limit: Int!) { searchJobListings(query: "shopify", limit: $limit) { totalCount
        items { title skills { skill { name } } client { name hireRate reputation { score } } } } }`,
      variables: (limit: number) => ({ limit }),
      pages: [5, 50],
    },
    {
      name: 'myProposals',
      query: `query($limit: Int!) { myProposals(limit: $limit) { totalCount items { status job { title } freelancer { displayName } } } }`,
      variables: (limit: number) => ({ limit }),
      pages: [5, 50],
    },
  ];
  return [...results, ...(await countEach(graphql, vaOperations))];
}

const LONG_POSTS = 20;
const LONG_ALIASES = 15;
/** What made masking quadratic: long runs of word characters and of digits, and no "@". */
const LONG_TEXT = `Inventory ${'a'.repeat(3_000)} ${'2 '.repeat(1_000)}`;

/**
 * Gives posts long texts (written through the jobs repository, which masks them once) and times a
 * VA's search that returns them all, many times over in one request, through the real endpoint.
 */
async function searchOverLongTexts(app: Awaited<ReturnType<typeof createApp>>['app'], dataSource: DataSource) {
  const ids: string[] = (
    await dataSource.query(`SELECT id FROM job_posts WHERE status = 'open' ORDER BY id LIMIT $1`, [LONG_POSTS])
  ).map((row: { id: string }) => row.id);
  const jobs = app.get(JobsRepository);
  for (const id of ids) await dataSource.transaction((manager) => jobs.update(id, { summary: LONG_TEXT }, manager));
  const { user: va } = await createFreelancer(dataSource, { password: PASSWORD, vettingStage: 'approved' });
  const fastify = app.getHttpAdapter().getInstance();
  const request = async (cookie: string, query: string, variables: Record<string, unknown> = {}) =>
    fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', [CSRF_HEADER]: '1', cookie },
      payload: JSON.stringify({ query, variables }),
    });
  const signedIn = await request('', 'mutation($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email: va.email, password: PASSWORD, accountKind: 'FREELANCER' },
  });
  const cookie = cookiesOf(signedIn.headers['set-cookie'] ?? []);
  const aliases = Array.from(
    { length: LONG_ALIASES },
    (_, n) => `s${n}: searchJobListings(query: "inventory", limit: ${LONG_POSTS}) { items { title summary } }`,
  );
  const query = `{ ${aliases.join(' ')} }`;
  const times: number[] = [];
  for (let round = 0; round < 60; round++) {
    const begin = performance.now();
    const response = await request(cookie, query);
    if (round >= 10) times.push(performance.now() - begin);
    const body = response.json() as { errors?: unknown[]; data?: { s0: { items: unknown[] } } };
    if (body.errors || (body.data?.s0.items.length ?? 0) < LONG_POSTS)
      throw new Error(JSON.stringify(body).slice(0, 500));
  }
  return times;
}

type Operation = {
  name: string;
  query: string;
  variables: (limit: number) => Record<string, unknown>;
  pages: number[];
};

async function countEach(
  graphql: (query: string, variables: Record<string, unknown>) => Promise<void>,
  operations: Operation[],
) {
  const results = [];
  for (const operation of operations) {
    // The first view fills what each instance keeps (a post's owner); the pages after it are compared.
    const measured: number[] = [];
    for (const limit of [operation.pages[0] as number, ...operation.pages]) {
      statements.length = 0;
      await graphql(operation.query, operation.variables(limit));
      measured.push(statements.length);
    }
    const [first, small, large] = measured as [number, number, number];
    results.push({ name: operation.name, first, small, large });
  }
  return results;
}

// Exits explicitly: the embedded cluster's exit hook would otherwise end the process with 0 whatever happened.
main().then(
  (held) => process.exit(held ? 0 : 1),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? error}\n`);
    process.exit(1);
  },
);
