import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contractParties, fixedContract, payIntoEscrow, unbalancedTransactions } from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'release fees 1';
const RELEASE =
  'mutation($id: ID!, $amount: Int) { releaseMilestone(input: { milestoneId: $id, amountMinor: $amount }) { id } }';

describe('fees on partial releases', () => {
  let testApp: TestApp;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let skillIds: Record<string, string>;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
  });
  afterAll(async () => {
    await testApp.close();
  });

  const handedIn = async (amountMinor: number) => {
    const { milestoneIds } = await fixedContract(owner, va, skillIds, [{ title: 'Catalogue', amountMinor }]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    await va.ok('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }', {
      input: { milestoneId, message: 'Done.' },
    });
    return milestoneId;
  };
  const feesOf = async (milestoneId: string) => {
    const [{ fees }] = await testApp.dataSource.query(
      `SELECT COALESCE(-sum(p.amount_minor), 0)::int AS fees FROM ledger_postings p
       JOIN ledger_transactions t ON t.id = p.transaction_id WHERE p.account = 'platform:fees' AND t.milestone_id = $1`,
      [milestoneId],
    );
    return fees as number;
  };

  it('books exactly the fee on the total released, however the release is split', async () => {
    const milestoneId = await handedIn(1_515);
    // Three releases of 5.05 at 10%: each alone would round 0.505 up to 0.51.
    for (let n = 0; n < 3; n++) await owner.ok(RELEASE, { id: milestoneId, amount: 505 });
    expect(await feesOf(milestoneId)).toBe(152);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('refuses a partial release below the smallest milestone, unless it is all that is left', async () => {
    const milestoneId = await handedIn(20_000);
    const tiny = await owner.request(RELEASE, { id: milestoneId, amount: 1 });
    expect(tiny.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { amountMinor: 'belowMinimum' },
    });
    await owner.ok(RELEASE, { id: milestoneId, amount: 19_999 });
    await owner.ok(RELEASE, { id: milestoneId, amount: 1 });
    expect(await feesOf(milestoneId)).toBe(2_000);
  });
});
