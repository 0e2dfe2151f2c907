import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EscrowService } from '../../../src/modules/escrow/escrow.service.js';
import { TimesheetsService } from '../../../src/modules/timesheets/timesheets.service.js';
import { createUser } from '../../../src/seed/factories.js';
import { contractParties, pastHourlyWeek, unbalancedTransactions } from '../../support/contracts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'timesheet review password 1';
const WEEKS = `query($id: ID!) { hourlyWeeks(contractId: $id) { items { id status minutesLogged
  entries { id workDate minutes memo disputedIn } } } }`;
const DISPUTE_ENTRIES = 'mutation($input: DisputeTimeEntriesInput!) { disputeTimeEntries(input: $input) }';
const RELEASE = 'mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }';
const DECIDE = `mutation($input: DecideDisputeInput!) { decideDispute(input: $input) {
  status releasedMinor refundedMinor milestoneAmountMinor } }`;

type Errors = Array<{ extensions?: { code?: string; fields?: Record<string, string> } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
interface Entry {
  id: string;
  workDate: string;
  minutes: number;
  memo: string;
  disputedIn: string | null;
}

describe('timesheet review: the business approves a week or disputes chosen entries', () => {
  let testApp: TestApp;
  let timesheets: TimesheetsService;
  let ops: GraphqlAgent;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    timesheets = testApp.app.get(TimesheetsService);
    const opsUser = await createUser(testApp.dataSource, 'ops', { password: PASSWORD, opsRole: 'admin' });
    ops = testApp.agent();
    await ops.signIn(opsUser.email, PASSWORD, 'OPS');
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** A week with 4½ h logged in three entries, handed in when it ended: it holds €67.50. */
  async function handedInWeek() {
    const week = await pastHourlyWeek(testApp, PASSWORD);
    await week.log('2026-11-24', 120, 'Answered the support inbox.');
    await week.log('2026-11-25', 60, 'Processed returns.');
    await week.log('2026-11-26', 90, 'Called suppliers about late orders.');
    expect(await timesheets.submit(week.weekId, null)).toBe(true);
    const entries = async (agent: GraphqlAgent = week.owner) =>
      (
        await agent.ok<{ hourlyWeeks: { items: Array<{ id: string; entries: Entry[] }> } }>(WEEKS, {
          id: week.contractId,
        })
      ).hourlyWeeks.items.find(({ id }) => id === week.weekId)?.entries as Entry[];
    const [inbox, returns, calls] = (await entries()) as [Entry, Entry, Entry];
    return { ...week, entries, inbox, returns, calls };
  }

  it('splits disputed entries off: the rest is approved at once, ops split the disputed time', async () => {
    const { owner, va, weekId, contractId, milestones, entries, calls } = await handedInWeek();
    const reason = 'We have no record of these supplier calls.';
    const { disputeTimeEntries: disputeId } = await owner.ok<{ disputeTimeEntries: string }>(DISPUTE_ENTRIES, {
      input: { weekId, entryIds: [calls.id], reason },
    });

    const [week, next, part] = await milestones();
    // 90 minutes at €15 = €22.50 moved to a milestone of their own; the week keeps €45 on its clock.
    expect(week).toMatchObject({
      id: weekId,
      status: 'SUBMITTED',
      autoReleaseAt: '2026-12-05T00:00:00.000Z',
      money: { fundedMinor: 4_500, heldMinor: 4_500 },
    });
    expect(next).toMatchObject({ periodStart: '2026-11-30', money: { heldMinor: 8_250 } });
    expect(part).toMatchObject({
      status: 'DISPUTED',
      splitFromId: weekId,
      amountMinor: 2_250,
      minutesWorked: 90,
      autoReleaseAt: null,
      money: { fundedMinor: 2_250, heldMinor: 2_250 },
    });
    // Both sides see which entry is in dispute.
    expect((await entries(va)).map((entry) => entry.disputedIn)).toEqual([null, null, part?.id]);
    expect(
      code((await owner.request(DISPUTE_ENTRIES, { input: { weekId, entryIds: [calls.id], reason } })).errors),
    ).toBe('BAD_USER_INPUT');

    // The business approves the rest: €45 less the fee goes to the VA now.
    await owner.ok(RELEASE, { input: { milestoneId: weekId } });
    expect((await milestones())[0]).toMatchObject({ status: 'RELEASED', money: { releasedMinor: 4_500 } });

    // The disputed time follows the existing flow: ops split it 50/50.
    await owner.ok('mutation($id: ID!) { escalateDispute(disputeId: $id) { id } }', { id: disputeId });
    const { decideDispute } = await ops.ok<{ decideDispute: Record<string, unknown> }>(DECIDE, {
      input: { disputeId, freelancerShareBps: 5_000, note: 'Half of the calls are in the phone log.' },
    });
    expect(decideDispute).toEqual({
      status: 'RESOLVED',
      releasedMinor: 1_125,
      refundedMinor: 1_125,
      milestoneAmountMinor: 2_250,
    });
    expect((await milestones())[2]).toMatchObject({
      status: 'RELEASED',
      money: { fundedMinor: 2_250, releasedMinor: 1_125, refundedMinor: 1_125, heldMinor: 0 },
    });
    // The refund goes back to the card that paid the week.
    const [{ refunds }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS refunds FROM payment_operations o JOIN milestone_payments p
          ON p.provider_payment_id = o.provider_payment_id
        WHERE o.kind = 'refund' AND p.milestone_id = $1 AND o.amount_minor = 1125`,
      [weekId],
    );
    expect(refunds).toBe(1);
    const { contractDisputes } = await va.ok<{ contractDisputes: Array<{ status: string }> }>(
      'query($id: ID!) { contractDisputes(contractId: $id) { status } }',
      { id: contractId },
    );
    expect(contractDisputes).toEqual([{ status: 'RESOLVED' }]);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('disputes the whole week when every entry is chosen; the undisputed rest releases once at window close', async () => {
    const all = await handedInWeek();
    const reason = 'None of this was agreed with us beforehand.';
    await all.owner.ok(DISPUTE_ENTRIES, {
      input: { weekId: all.weekId, entryIds: [all.inbox.id, all.returns.id, all.calls.id], reason },
    });
    const [week, , part] = await all.milestones();
    expect(part).toBeUndefined();
    expect(week).toMatchObject({ status: 'DISPUTED', money: { heldMinor: 6_750 } });

    // Another week: one entry disputed, the rest releases by itself when the window closes, once,
    // however many instances sweep.
    const some = await handedInWeek();
    await some.owner.ok(DISPUTE_ENTRIES, { input: { weekId: some.weekId, entryIds: [some.returns.id], reason } });
    const windowClosed = new Date('2026-12-05T00:00:01Z');
    const other = await startTestApp({ WORKER_ENABLED: 'false' }, { databaseUrl: testApp.databaseUrl });
    try {
      const sweeps = await Promise.all([
        testApp.app.get(EscrowService).autoReleaseDue(windowClosed),
        other.app.get(EscrowService).autoReleaseDue(windowClosed),
      ]);
      expect(sweeps.reduce((sum, released) => sum + released, 0)).toBeGreaterThanOrEqual(1);
    } finally {
      await other.close();
    }
    const [released, , disputed] = await some.milestones();
    expect(released).toMatchObject({ status: 'RELEASED', money: { releasedMinor: 5_250, heldMinor: 0 } });
    expect(disputed).toMatchObject({ status: 'DISPUTED', money: { heldMinor: 1_500 } });
    const [{ releases }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS releases FROM contract_events WHERE milestone_id = $1 AND kind = 'auto_released'`,
      [some.weekId],
    );
    expect(releases).toBe(1);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('refuses bad disputes with clear errors and writes nothing', async () => {
    const { owner, va, weekId, contractId, milestones, inbox, log } = await handedInWeek();
    const reason = 'These hours were never agreed.';
    const stranger = await contractParties(testApp, PASSWORD);
    const open = await pastHourlyWeek(testApp, PASSWORD);
    await open.log('2026-11-24', 30);
    const { hourlyWeeks } = await open.owner.ok<{ hourlyWeeks: { items: Array<{ entries: Entry[] }> } }>(WEEKS, {
      id: open.contractId,
    });
    const openEntry = hourlyWeeks.items[0]?.entries[0] as Entry;
    const attempts: Array<[GraphqlAgent, Record<string, unknown>, string]> = [
      [va, { weekId, entryIds: [inbox.id], reason }, 'FORBIDDEN'],
      [stranger.owner, { weekId, entryIds: [inbox.id], reason }, 'NOT_FOUND'],
      [owner, { weekId, entryIds: [], reason }, 'BAD_USER_INPUT'],
      [owner, { weekId, entryIds: [inbox.id], reason: 'Too short' }, 'BAD_USER_INPUT'],
      [owner, { weekId, entryIds: [inbox.id, inbox.id], reason }, 'BAD_USER_INPUT'],
      [owner, { weekId, entryIds: ['not-an-id'], reason }, 'BAD_USER_INPUT'],
      // An entry of another contract's week, and a week still open.
      [owner, { weekId, entryIds: [openEntry.id], reason }, 'NOT_FOUND'],
      [open.owner, { weekId: open.weekId, entryIds: [openEntry.id], reason }, 'WEEK_OPEN'],
    ];
    for (const [agent, input, expected] of attempts) {
      expect(code((await agent.request(DISPUTE_ENTRIES, { input })).errors)).toBe(expected);
    }
    // Hourly time is approved or disputed, not sent back for changes.
    const changes = await owner.request(
      'mutation($input: MilestoneNoteInput!) { requestMilestoneChanges(input: $input) { id } }',
      { input: { milestoneId: weekId, message: 'Please log these again.' } },
    );
    expect(code(changes.errors)).toBe('HOURLY_WEEK_REVIEW');
    expect(await milestones()).toHaveLength(2);
    const [{ disputes }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS disputes FROM disputes WHERE contract_id = $1',
      [contractId],
    );
    expect(disputes).toBe(0);
    expect(code((await log('2026-11-27', 30)).errors)).toBe('WEEK_SUBMITTED');
  });
});
