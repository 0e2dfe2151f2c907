import { expect } from '@jest/globals';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { DEMO_PASSWORD } from '../../src/seed/demo-seed.js';
import { GraphqlAgent } from './test-app.js';

/**
 * Several people at once on the demo marketplace (ops reading applications, a member signing in and
 * out, an owner giving bonuses): every answer must be the one a sequential run gives, and every
 * bonus must land once. The embedded engine `npm start` used before failed this (sessions and
 * statements of one request ran with another's values).
 */
export async function expectSequentialAnswersUnderLoad(app: NestFastifyApplication): Promise<void> {
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
}
