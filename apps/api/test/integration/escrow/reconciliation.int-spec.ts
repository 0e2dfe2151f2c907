import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { SandboxPaymentProvider } from '../../../src/modules/payments/sandbox.provider.js';
import { createUser } from '../../../src/seed/factories.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'reconcile password 1';
const RUN = 'mutation { runReconciliation { id provider finishedAt checkedCount differenceCount triggeredByName } }';
const DIFFERENCES = `query($runId: ID!) { reconciliationDifferences(runId: $runId) {
  kind objectType providerObjectId milestoneId currency ledgerMinor providerMinor providerStatus repaired } }`;

interface Run {
  id: string;
  checkedCount: number;
  differenceCount: number;
}

describe('reconciliation: the provider compared with the ledger', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let ops: GraphqlAgent;
  let skillIds: Record<string, string>;

  const milestoneStatus = async (milestoneId: string) =>
    (await dataSource.query('SELECT status FROM contract_milestones WHERE id = $1', [milestoneId]))[0].status;
  const run = async () => (await ops.ok<{ runReconciliation: Run & Record<string, unknown> }>(RUN)).runReconciliation;
  const differences = async (runId: string) =>
    (await ops.ok<{ reconciliationDifferences: Array<Record<string, unknown>> }>(DIFFERENCES, { runId }))
      .reconciliationDifferences;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
    const opsUser = await createUser(dataSource, 'ops', {
      password: PASSWORD,
      opsRole: 'vetter',
      displayName: 'Aylin',
    });
    ops = testApp.agent();
    await ops.signIn(opsUser.email, PASSWORD, 'OPS');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('finds nothing when they agree, books a payment whose webhook was lost, and reports what differs', async () => {
    const { milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Released', amountMinor: 10_000 },
      { title: 'Refunded', amountMinor: 4_000 },
      { title: 'Paid, never booked', amountMinor: 3_000 },
    ]);
    const [released, refunded, lost] = milestoneIds as [string, string, string];
    await va.ok('mutation { startPayoutOnboarding }');
    await va.ok('mutation { completeSandboxOnboarding { status } }');
    await payIntoEscrow(owner, released);
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
      input: { milestoneId: released },
    });
    await payIntoEscrow(owner, refunded);
    await va.ok('mutation($input: RefundMilestoneInput!) { refundMilestone(input: $input) { id } }', {
      input: { milestoneId: refunded, amountMinor: 1_500 },
    });

    const clean = await run();
    expect(clean).toMatchObject({ provider: 'SANDBOX', checkedCount: 4, differenceCount: 0, triggeredByName: 'Aylin' });
    expect(clean.finishedAt).not.toBeNull();

    // The card is charged at the provider, but the confirmation never reaches Delegate.
    const { payMilestone } = await owner.ok<{ payMilestone: { id: string } }>(
      'mutation($id: ID!) { payMilestone(milestoneId: $id) { id } }',
      { id: lost },
    );
    const [{ provider_payment_id: lostIntent }] = await dataSource.query(
      'SELECT provider_payment_id FROM milestone_payments WHERE id = $1',
      [payMilestone.id],
    );
    await testApp.app.get(SandboxPaymentProvider).confirmPayment(lostIntent, '4242424242424242');
    expect(await milestoneStatus(lost)).toBe('pending');
    // Meanwhile the provider reverses part of the transfer and loses the refund.
    const [transfer] = await dataSource.query(`SELECT id, data FROM sandbox_objects WHERE kind = 'transfer'`);
    await dataSource.query(`UPDATE sandbox_objects SET data = data || '{"amountMinor": 8000}' WHERE id = $1`, [
      transfer.id,
    ]);
    const [refund] = await dataSource.query(`SELECT id FROM sandbox_objects WHERE kind = 'refund'`);
    await dataSource.query('DELETE FROM sandbox_objects WHERE id = $1', [refund.id]);

    const found = await run();
    expect(found).toMatchObject({ checkedCount: 5, differenceCount: 3 });
    expect(await differences(found.id)).toEqual([
      {
        kind: 'NOT_BOOKED',
        objectType: 'PAYMENT',
        providerObjectId: lostIntent,
        milestoneId: lost,
        currency: 'EUR',
        ledgerMinor: null,
        providerMinor: 3_000,
        providerStatus: 'succeeded',
        repaired: true,
      },
      {
        kind: 'MISSING_AT_PROVIDER',
        objectType: 'REFUND',
        providerObjectId: refund.id,
        milestoneId: refunded,
        currency: 'EUR',
        ledgerMinor: 1_500,
        providerMinor: null,
        providerStatus: null,
        repaired: false,
      },
      {
        kind: 'AMOUNT_DIFFERS',
        objectType: 'TRANSFER',
        providerObjectId: transfer.id,
        milestoneId: released,
        currency: 'EUR',
        ledgerMinor: 9_000,
        providerMinor: 8_000,
        providerStatus: null,
        repaired: false,
      },
    ]);
    // The lost payment is booked now, so the next run finds it in order.
    expect(await milestoneStatus(lost)).toBe('funded');
    const again = await run();
    expect(again.differenceCount).toBe(2);

    const { reconciliationRuns } = await ops.ok<{ reconciliationRuns: { totalCount: number; items: Run[] } }>(
      '{ reconciliationRuns(limit: 2) { totalCount items { id differenceCount } } }',
    );
    expect(reconciliationRuns).toEqual({
      totalCount: 3,
      items: [
        { id: again.id, differenceCount: 2 },
        { id: found.id, differenceCount: 3 },
      ],
    });
    const [{ audited }] = await dataSource.query(
      `SELECT count(*)::int AS audited FROM audit_log WHERE action = 'reconciliation.run'`,
    );
    expect(audited).toBe(3);
  });
});
