import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ClientRecordFigures } from '../../../src/modules/client-record/client-record.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import type { TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'client record password 1';
const RECORD = `client { name country paymentVerified decidedPosts hiredPosts hireRate contracts disputedContracts
  disputeRate fundingsMeasured medianHoursToFund approvalsMeasured medianHoursToApprove
  reputation { score rating reviewCount neutral contributions { contractId } } }`;

type RecordView = ClientRecordFigures & {
  name: string | null;
  country: string | null;
  reputation: { score: number; reviewCount: number; neutral: boolean; contributions: unknown };
};

describe("a business's record on its posts", () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('shows VAs its name, country, payments, hire rate, medians and disputes, each with its count', async () => {
    const { owner, va, skillIds } = await contractParties(testApp, PASSWORD);
    await owner.ok('mutation { updateOrganization(input: { name: "Vela Candles", country: "it" }) }');
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor: 20_000 },
      { title: 'Returns policy', amountMinor: 10_000 },
    ]);
    const [first, second] = milestoneIds as [string, string];
    await payIntoEscrow(owner, first);
    await va.ok('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }', {
      input: { milestoneId: first, message: 'The catalogue is done.' },
    });
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
      input: { milestoneId: first },
    });
    // The second milestone is paid later: only each contract's first payment measures time to fund.
    await payIntoEscrow(owner, second);
    // Paid 4 hours after hiring; released 10 hours after the hand-in.
    const moveEvent = (kind: string, milestoneId: string, hours: number) =>
      testApp.dataSource.query(
        `UPDATE contract_events SET created_at = (SELECT created_at FROM contracts WHERE id = $2) + make_interval(hours => $1)
          WHERE contract_id = $2 AND milestone_id = $3 AND kind = $4`,
        [hours, contractId, milestoneId, kind],
      );
    await moveEvent('funded', first, 4);
    await moveEvent('submitted', first, 30);
    await moveEvent('released', first, 40);
    await moveEvent('funded', second, 41);

    // The hired post counts as decided; a closed post without a hire lowers the rate; open ones wait.
    const closed = await publishJobPost(owner, jobPostInput(skillIds, { title: 'Bookkeeping for a candle shop' }));
    await owner.ok('mutation($id: ID!) { closeJobPost(id: $id) { id } }', { id: closed });
    const open = await publishJobPost(owner, jobPostInput(skillIds, { title: 'Social media for a candle shop' }));
    const confidential = await publishJobPost(
      owner,
      jobPostInput(skillIds, { title: 'Inbox help for a candle shop', confidential: true }),
    );

    const read = async (id: string) =>
      (
        await va.ok<{ jobListing: { client: RecordView } }>(`query($id: ID!) { jobListing(id: $id) { ${RECORD} } }`, {
          id,
        })
      ).jobListing.client;
    const record = await read(open);
    expect(record).toMatchObject({
      name: 'Vela Candles',
      country: 'IT',
      paymentVerified: true,
      decidedPosts: 2,
      hiredPosts: 1,
      hireRate: 0.5,
      contracts: 1,
      disputedContracts: 0,
      disputeRate: 0,
      fundingsMeasured: 1,
      medianHoursToFund: 4,
      approvalsMeasured: 1,
      medianHoursToApprove: 10,
    });
    // Its reputation is the neutral one, and why it is so is for the business and ops only.
    expect(record.reputation).toMatchObject({ score: 80, reviewCount: 0, neutral: true, contributions: null });

    // Posted confidentially: the same record without the name.
    expect(await read(confidential)).toEqual({ ...record, name: null });
  });

  it('gives each post on a page its own business, from one batch', async () => {
    const shop = await contractParties(testApp, PASSWORD);
    const other = await contractParties(testApp, PASSWORD);
    await shop.owner.ok('mutation { updateOrganization(input: { name: "Lumo Tea", country: "FI" }) }');
    await other.owner.ok('mutation { updateOrganization(input: { name: "Kahve Evi", country: "TR" }) }');
    await publishJobPost(shop.owner, jobPostInput(shop.skillIds, { title: 'Tea orders in Finnish' }));
    await publishJobPost(other.owner, jobPostInput(other.skillIds, { title: 'Coffee orders in Turkish' }));
    const { searchJobListings } = await shop.va.ok<{
      searchJobListings: { items: Array<{ title: string; client: { name: string; country: string } }> };
    }>('{ searchJobListings(query: "orders", offset: 0, limit: 20) { items { title client { name country } } } }');
    const byTitle = Object.fromEntries(searchJobListings.items.map((item) => [item.title, item.client]));
    expect(byTitle['Tea orders in Finnish']).toEqual({ name: 'Lumo Tea', country: 'FI' });
    expect(byTitle['Coffee orders in Turkish']).toEqual({ name: 'Kahve Evi', country: 'TR' });
  });

  it('refuses an unknown country or an empty name, naming the field', async () => {
    const { owner } = await contractParties(testApp, PASSWORD);
    const result = await owner.request('mutation { updateOrganization(input: { name: " ", country: "XX" }) }');
    const extensions = result.errors?.[0]?.extensions as { code: string; fields: Record<string, string> };
    expect(extensions.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(extensions.fields).sort()).toEqual(['country', 'name']);
  });
});
