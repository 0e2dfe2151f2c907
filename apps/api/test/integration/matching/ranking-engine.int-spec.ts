import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { bulkLoad } from '../../../src/bench/bulk-load.js';
import { JobsService } from '../../../src/modules/jobs/jobs.service.js';
import { ASK_DATABASE, MatchIndex } from '../../../src/modules/matching/match-index.js';
import { databaseText, loadIndex, MatchIndexService } from '../../../src/modules/matching/match-index.service.js';
import { MatchingRepository } from '../../../src/modules/matching/matching.repository.js';
import { MatchingService, rankingRequestFor, toMatches } from '../../../src/modules/matching/matching.service.js';
import { rankInMemory } from '../../../src/modules/matching/ranking-engine.js';
import { RankingWorkers } from '../../../src/modules/matching/ranking-workers.js';
import { score } from '../../../src/modules/matching/scoring.js';
import { FxRatesService } from '../../../src/modules/money/fx-rates.service.js';
import { ensureSkillCatalog } from '../../../src/seed/factories.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

/** The bench's market, smaller so the SQL reference ranks a thousand jobs in CI's time. */
const VAS = Number(process.env.RANKING_EQUALITY_VAS ?? 10_000);
const JOBS = 1_000;
const LIST = 50;
const NOW = new Date('2026-11-23T15:00:00Z');

describe('the in-memory ranking gives the SQL reference’s answers', () => {
  let testApp: TestApp;
  let dataSource: DataSource;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    await bulkLoad(dataSource, { vas: VAS, jobs: JOBS });
    // What the bench market lacks, so every path of the scoring is taken: answered invitations
    // (single-precision hours), leave today and around it, budgets with no hourly figure, posts
    // with no nice-to-have, with no language and with two.
    await dataSource.query(`
      UPDATE freelancer_profiles SET
        leave_from = DATE '2026-11-23' + (abs(hashtext(user_id::text)) % 5 - 2),
        leave_until = DATE '2026-11-23' + (abs(hashtext(user_id::text)) % 5 - 2) + abs(hashtext(user_id::text) / 3) % 3
      WHERE abs(hashtext(user_id::text) / 13) % 10 = 0`);
    await dataSource.query(`
      UPDATE job_posts SET budget_kind = (ARRAY['fixed','retainer']::budget_kind[])[1 + abs(hashtext(id::text)) % 2],
        budget_min_minor = NULL, budget_max_minor = 40000
      WHERE abs(hashtext(id::text) / 5) % 4 = 0`);
    await dataSource.query(`
      DELETE FROM job_post_skills WHERE importance = 'nice_to_have' AND abs(hashtext(job_id::text) / 7) % 5 = 0`);
    await dataSource.query('DELETE FROM job_post_languages WHERE abs(hashtext(job_id::text) / 11) % 6 = 0');
    await dataSource.query(`
      INSERT INTO job_post_languages (job_id, language, min_level)
      SELECT id, 'es', 'B1' FROM job_posts WHERE abs(hashtext(id::text) / 11) % 6 = 1`);
    const matching = testApp.app.get(MatchingService);
    await dataSource.transaction((manager) => matching.refreshAllCards(manager, NOW));
    const repository = testApp.app.get(MatchingRepository);
    await dataSource.query(`
      UPDATE match_cards SET response_hours = (abs(hashtext(user_id::text) / 17) % 9000) / 97.0
      WHERE abs(hashtext(user_id::text) / 19) % 3 = 0`);
    await repository.notifyCards('all');
    await testApp.app.get(MatchIndexService).caughtUp();
  }, 300_000);
  afterAll(async () => {
    await testApp.close();
  });

  it(`ranks ${JOBS} jobs alike: the same VAs in the same order, the same scores and the same points per factor`, async () => {
    const index = testApp.app.get(MatchIndexService);
    const repository = testApp.app.get(MatchingRepository);
    const jobs = testApp.app.get(JobsService);
    const fxRates = testApp.app.get(FxRatesService);
    expect(index.stats.cards).toBe(Number((await dataSource.query('SELECT count(*) FROM match_cards'))[0].count));
    const jobIds: string[] = (await dataSource.query(`SELECT id FROM job_posts WHERE status = 'open' ORDER BY id`)).map(
      (row: { id: string }) => row.id,
    );
    expect(jobIds).toHaveLength(JOBS);
    let listed = 0;
    let full = 0;
    for (const jobId of jobIds) {
      await dataSource.transaction(async (manager) => {
        const locked = await rankingRequestFor(jobs, fxRates, jobId, NOW, LIST, manager);
        if (!locked) throw new Error(`job ${jobId} did not load`);
        const { request } = locked;
        const [reference, engine] = [await repository.rank(request, manager), await index.rank(request, manager)];
        // Exact, not close: the engine does the same float8 operations in the same order.
        expect(engine.map((row) => [row.user_id, row.score])).toEqual(reference.map((row) => [row.user_id, row.score]));
        expect(engine[0]?.qualified).toEqual(reference[0]?.qualified);
        const [stored, expected] = [toMatches(engine), toMatches(reference)];
        expect(stored).toEqual(expected);
        expect(stored.map((match) => score(match.features))).toEqual(expected.map((match) => score(match.features)));
        listed += reference.length;
        if (reference.length === LIST) full++;
      });
    }
    // The comparison means something only if most lists are full and long.
    expect(full).toBeGreaterThan(JOBS * 0.8);
    expect(listed).toBeGreaterThan(JOBS * LIST * 0.8);
  }, 600_000);

  it('ranks searches without words (a talent search, or only stop words) as the SQL reference does', async () => {
    const index = testApp.app.get(MatchIndexService);
    const repository = testApp.app.get(MatchingRepository);
    const jobs = testApp.app.get(JobsService);
    const fxRates = testApp.app.get(FxRatesService);
    const jobIds: string[] = (
      await dataSource.query(`SELECT id FROM job_posts WHERE status = 'open' ORDER BY md5(id::text) LIMIT 200`)
    ).map((row: { id: string }) => row.id);
    let listed = 0;
    for (const [n, jobId] of jobIds.entries()) {
      await dataSource.transaction(async (manager) => {
        const locked = await rankingRequestFor(jobs, fxRates, jobId, NOW, LIST, manager);
        if (!locked) throw new Error(`job ${jobId} did not load`);
        // A business's search: one skill, nothing nice to have, a short page; some with only stop words.
        const request = {
          ...locked.request,
          mustHave: locked.request.mustHave.slice(0, 1),
          niceToHave: [],
          bonus: [],
          text: n % 4 === 0 ? 'the and of' : '',
          limit: 20,
        };
        const [reference, engine] = [await repository.rank(request, manager), await index.rank(request, manager)];
        expect(toMatches(engine)).toEqual(toMatches(reference));
        expect(engine[0]?.qualified).toEqual(reference[0]?.qualified);
        listed += reference.length;
      });
    }
    expect(listed).toBeGreaterThan(jobIds.length * 20 * 0.9);
  }, 300_000);

  it('asks PostgreSQL the relevance of cards whose words did not fit the index, with the same answers', async () => {
    const repository = testApp.app.get(MatchingRepository);
    const jobs = testApp.app.get(JobsService);
    const fxRates = testApp.app.get(FxRatesService);
    // The market has 61 distinct words: a card with any word past the 30th is not packed.
    const index = await loadIndex(repository, new MatchIndex(30));
    const unpacked = index.textAt.subarray(0, index.extent).filter((at) => at === ASK_DATABASE).length;
    expect(unpacked).toBeGreaterThan(index.size / 4);
    expect(unpacked).toBeLessThan(index.size);
    const workers = new RankingWorkers();
    const jobIds: string[] = (
      await dataSource.query(`SELECT id FROM job_posts WHERE status = 'open' ORDER BY md5(id::text) LIMIT 100`)
    ).map((row: { id: string }) => row.id);
    let asked = 0;
    for (const jobId of jobIds) {
      await dataSource.transaction(async (manager) => {
        const locked = await rankingRequestFor(jobs, fxRates, jobId, NOW, LIST, manager);
        if (!locked) throw new Error(`job ${jobId} did not load`);
        const text = databaseText(repository, manager);
        const counted = {
          ...text,
          ranks: (userIds: string[], words: string) => {
            asked += userIds.length;
            return text.ranks(userIds, words);
          },
        };
        const [reference, engine] = [
          await repository.rank(locked.request, manager),
          await rankInMemory(index, locked.request, counted, workers),
        ];
        expect(toMatches(engine)).toEqual(toMatches(reference));
      });
    }
    await workers.close();
    expect(asked).toBeGreaterThan(jobIds.length * LIST);
  }, 300_000);
});
