import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { Accounts } from '../../../src/modules/money/ledger/accounts.js';
import { LedgerService } from '../../../src/modules/money/ledger/ledger.service.js';
import { PaymentOperationsService } from '../../../src/modules/payments/payment-operations.service.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'payouts password 1';
const PAYOUTS = `{ myPayouts { account { status provider requirementsDue } owed { currency amountMinor }
  paidOut { currency amountMinor } transfers { status amountMinor currency } } }`;

describe('payouts: a VA is paid what releases owe them once their account can receive it', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let vaId: string;
  let skillIds: Record<string, string>;

  /** A one-milestone contract paid into escrow and released in full. */
  const releasedMilestone = async (amountMinor: number) => {
    const { milestoneIds } = await fixedContract(owner, va, skillIds, [{ title: 'Listings', amountMinor }]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
      input: { milestoneId },
    });
    return milestoneId;
  };
  const payouts = async () => (await va.ok<{ myPayouts: Record<string, unknown> }>(PAYOUTS)).myPayouts;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    ({ owner, va, vaId, skillIds } = await contractParties(testApp, PASSWORD));
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('keeps released money as owed until onboarding, then transfers it once, and later releases at once', async () => {
    await releasedMilestone(10_000);
    expect(await payouts()).toEqual({
      account: null,
      owed: [{ currency: 'EUR', amountMinor: 9_000 }],
      paidOut: [],
      transfers: [{ status: 'WAITING', amountMinor: 9_000, currency: 'EUR' }],
    });

    const { startPayoutOnboarding: link } = await va.ok<{ startPayoutOnboarding: string }>(
      'mutation { startPayoutOnboarding }',
    );
    expect(link).toMatch(/\/freelancer\/payouts\/sandbox-onboarding\?account=acct_sbx_/);
    // Starting again reuses the same account at the provider.
    const again = (await va.ok<{ startPayoutOnboarding: string }>('mutation { startPayoutOnboarding }'))
      .startPayoutOnboarding;
    expect(again).toBe(link);
    const refreshed = await va.ok<{ refreshPayoutAccount: { status: string; requirementsDue: string[] } }>(
      'mutation { refreshPayoutAccount { status requirementsDue } }',
    );
    expect(refreshed.refreshPayoutAccount.status).toBe('PENDING');
    expect(refreshed.refreshPayoutAccount.requirementsDue.length).toBeGreaterThan(0);
    expect((await payouts()).owed).toEqual([{ currency: 'EUR', amountMinor: 9_000 }]);

    await va.ok('mutation { completeSandboxOnboarding { status } }');
    expect(await payouts()).toMatchObject({
      account: { status: 'ENABLED', provider: 'sandbox', requirementsDue: [] },
      owed: [],
      paidOut: [{ currency: 'EUR', amountMinor: 9_000 }],
      transfers: [{ status: 'SUCCEEDED', amountMinor: 9_000 }],
    });
    const ledger = testApp.app.get(LedgerService);
    expect((await ledger.balance(Accounts.payable(vaId))).get('EUR')).toBe(0);

    // Running the transfer again (a retried job) transfers nothing more.
    const [operation] = await dataSource.query(`SELECT id FROM payment_operations WHERE kind = 'transfer'`);
    await testApp.app.get(PaymentOperationsService).run(operation.id);
    const [{ transfers }] = await dataSource.query(
      `SELECT count(*)::int AS transfers FROM sandbox_objects WHERE kind = 'transfer'`,
    );
    expect(transfers).toBe(1);

    // From now on a release goes straight out.
    await releasedMilestone(2_000);
    expect(await payouts()).toMatchObject({ owed: [], paidOut: [{ currency: 'EUR', amountMinor: 10_800 }] });
    const [{ destinations }] = await dataSource.query(
      `SELECT array_agg(DISTINCT data->>'destination') AS destinations FROM sandbox_objects WHERE kind = 'transfer'`,
    );
    expect(destinations).toEqual([expect.stringMatching(/^acct_sbx_/)]);
  });
});
