import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { ContractsService } from '../../../src/modules/contracts/contracts.service.js';
import { ContractEndingService } from '../../../src/modules/escrow/contract-ending.service.js';
import { TimesheetsService } from '../../../src/modules/timesheets/timesheets.service.js';
import {
  contractParties,
  pastHourlyWeek,
  payIntoEscrow,
  unbalancedTransactions,
  type WeekMilestone,
} from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'hourly weeks password 1';
const SUBMIT = 'mutation($weekId: ID!) { submitTimesheet(weekId: $weekId) }';

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('hourly weeks: handed in, carried over, the next one opened', () => {
  let testApp: TestApp;
  let timesheets: TimesheetsService;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    timesheets = testApp.app.get(TimesheetsService);
  });
  afterAll(async () => {
    await testApp.close();
  });

  const pastWeek = (options: { paid?: boolean } = {}) => pastHourlyWeek(testApp, PASSWORD, options);

  /** The business ends the contract, and the week's wind-down runs out: what it holds goes back. */
  async function endAndWindDown(owner: GraphqlAgent, contractId: string, weekId: string) {
    await owner.ok('mutation($input: EndContractInput!) { endContract(input: $input) { id } }', {
      input: { contractId, reason: 'The season is over.' },
    });
    await testApp.dataSource.query(
      `UPDATE contract_milestones SET auto_refund_at = now() - interval '1 minute' WHERE id = $1`,
      [weekId],
    );
    expect(await testApp.app.get(ContractEndingService).refundWoundDown()).toBeGreaterThanOrEqual(1);
  }

  it('hands a week in when it ends, once, and carries what it did not use into the next week', async () => {
    const { owner, va, weekId, milestones, log } = await pastWeek();
    expect((await log('2026-11-24', 150)).errors).toBeUndefined();
    expect((await log('2026-11-26', 90)).errors).toBeUndefined();

    // Two API instances sweep at the same moment: the week closes once.
    const other = await startTestApp({ WORKER_ENABLED: 'false' }, { databaseUrl: testApp.databaseUrl });
    try {
      await Promise.all([timesheets.submitEndedWeeks(), other.app.get(TimesheetsService).submitEndedWeeks()]);
    } finally {
      await other.close();
    }
    const [week, next, ...more] = await milestones();
    expect(more).toEqual([]);
    // 4 h at €15 = €60 stays for the VA; the €90 unused pays most of the next week.
    expect(week).toMatchObject({
      id: weekId,
      status: 'SUBMITTED',
      minutesWorked: 240,
      autoReleaseAt: '2026-12-05T00:00:00.000Z',
      money: { fundedMinor: 6_000, heldMinor: 6_000, releasedMinor: 0, refundedMinor: 0 },
    });
    expect(next).toMatchObject({
      status: 'PENDING',
      periodStart: '2026-11-30',
      periodEnd: '2026-12-06',
      amountMinor: 6_000,
      money: { fundedMinor: 9_000, heldMinor: 9_000 },
    });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
    expect(code((await log('2026-11-27', 30)).errors as Errors)).toBe('WEEK_SUBMITTED');
    expect(await timesheets.submitEndedWeeks()).toBe(0);

    // The business pays the difference; the week holds its limit's worth again.
    await payIntoEscrow(owner, next?.id as string);
    expect((await milestones())[1]).toMatchObject({
      status: 'FUNDED',
      money: { fundedMinor: 15_000, heldMinor: 15_000 },
    });

    // Approving the week releases the four hours, less the platform's fee.
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
      input: { milestoneId: weekId },
    });
    expect((await milestones(va))[0]).toMatchObject({
      status: 'RELEASED',
      money: { releasedMinor: 6_000, heldMinor: 0, fundedMinor: 6_000 },
    });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('carries a week with nothing logged in full, which pays the next week', async () => {
    const { contractId, milestones } = await pastWeek();
    await timesheets.submitEndedWeeks();
    const [week, next] = await milestones();
    expect(week).toMatchObject({ status: 'CANCELLED', money: { fundedMinor: 0, heldMinor: 0 } });
    expect(next).toMatchObject({ status: 'FUNDED', amountMinor: 0, money: { fundedMinor: 15_000, heldMinor: 15_000 } });
    // The business's record counts the one payment it made, not the week the carry paid.
    const [{ organizationId }] = await testApp.dataSource.query(
      'SELECT organization_id AS "organizationId" FROM contracts WHERE id = $1',
      [contractId],
    );
    const [record] = await testApp.app.get(ContractsService).clientRecords([organizationId]);
    expect(record).toMatchObject({ fundings: 1 });
  });

  it('cancels a week nobody paid for and opens the next at its full price', async () => {
    const { milestones } = await pastWeek({ paid: false });
    await timesheets.submitEndedWeeks();
    const [week, next] = await milestones();
    expect(week).toMatchObject({ status: 'CANCELLED' });
    expect(next).toMatchObject({ status: 'PENDING', amountMinor: 15_000, periodStart: '2026-11-30' });
  });

  it('lets the VA hand a week in early, once; hourly weeks are handed in by their timesheet only', async () => {
    const { owner, va, weekId, milestones, log } = await pastWeek();
    await log('2026-11-24', 60);
    expect(
      code(
        (
          await va.request('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }', {
            input: { milestoneId: weekId, message: 'Done', hoursWorked: 10 },
          })
        ).errors as Errors,
      ),
    ).toBe('HOURLY_WEEK');
    const other = await contractParties(testApp, PASSWORD);
    expect(code((await other.va.request(SUBMIT, { weekId })).errors as Errors)).toBe('NOT_FOUND');
    expect(code((await owner.request(SUBMIT, { weekId })).errors as Errors)).toBe('FORBIDDEN');
    expect((await va.ok<{ submitTimesheet: boolean }>(SUBMIT, { weekId })).submitTimesheet).toBe(true);
    expect(code((await va.request(SUBMIT, { weekId })).errors as Errors)).toBe('WEEK_SUBMITTED');
    const [week, next] = await milestones();
    expect(week).toMatchObject({ status: 'SUBMITTED', minutesWorked: 60, money: { heldMinor: 1_500 } });
    expect(next).toMatchObject({ amountMinor: 1_500, money: { heldMinor: 13_500 } });
  });

  it('refunds a week paid by carry alone to the card of the week it came from when the contract ends', async () => {
    const { owner, contractId, weekId, milestones } = await pastWeek();
    await timesheets.submitEndedWeeks();
    const next = (await milestones())[1] as WeekMilestone;
    await endAndWindDown(owner, contractId, next.id);
    expect((await milestones())[1]).toMatchObject({
      status: 'REFUNDED',
      money: { fundedMinor: 15_000, refundedMinor: 15_000, heldMinor: 0 },
    });
    const [{ paymentId }] = await testApp.dataSource.query(
      `SELECT provider_payment_id AS "paymentId" FROM milestone_payments WHERE milestone_id = $1 AND status = 'succeeded'`,
      [weekId],
    );
    const [{ refunds }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS refunds FROM payment_operations WHERE kind = 'refund' AND provider_payment_id = $1`,
      [paymentId],
    );
    expect(refunds).toBe(1);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('refunds a week holding its own payment and carried money to both cards, none past what it charged', async () => {
    const { owner, contractId, weekId, milestones, log } = await pastWeek();
    await log('2026-11-24', 240);
    await timesheets.submitEndedWeeks();
    // The next week holds the €90 the first left unused, and the business pays its €60 difference.
    const next = (await milestones())[1] as WeekMilestone;
    await payIntoEscrow(owner, next.id);
    await endAndWindDown(owner, contractId, next.id);
    // €150 back: €60 on the payment that made it, €90 on the first week's, each within what it charged.
    expect((await milestones())[1]).toMatchObject({
      status: 'REFUNDED',
      money: { fundedMinor: 15_000, refundedMinor: 15_000, heldMinor: 0 },
    });
    const refunds: Array<{ week: string; amount: number; status: string }> = await testApp.dataSource.query(
      `SELECT p.milestone_id AS week, o.amount_minor AS amount, o.status FROM payment_operations o
         JOIN milestone_payments p ON p.provider_payment_id = o.provider_payment_id
        WHERE o.kind = 'refund' AND o.milestone_id = $1 ORDER BY o.amount_minor`,
      [next.id],
    );
    expect(refunds).toEqual([
      { week: next.id, amount: 6_000, status: 'succeeded' },
      { week: weekId, amount: 9_000, status: 'succeeded' },
    ]);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('on an ended contract, hands the last week in with its hours and refunds what was not worked', async () => {
    const { owner, contractId, weekId, milestones, log } = await pastWeek();
    await log('2026-11-24', 120);
    await owner.ok('mutation($input: EndContractInput!) { endContract(input: $input) { id } }', {
      input: { contractId, reason: 'We are closing the shop.' },
    });
    await timesheets.submitEndedWeeks();
    const all = await milestones();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({
      id: weekId,
      status: 'SUBMITTED',
      minutesWorked: 120,
      money: { fundedMinor: 15_000, refundedMinor: 12_000, heldMinor: 3_000 },
    });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('opens the next week at a lowered limit, carrying what it can hold and refunding the rest', async () => {
    const { owner, va, contractId, weekId, milestones, log } = await pastWeek();
    await log('2026-11-24', 60);
    const change = (agent: typeof owner, weeklyLimitHours: number, id = contractId) =>
      agent.request(
        'mutation($input: ChangeWeeklyLimitInput!) { changeWeeklyLimit(input: $input) { id terms { weeklyLimitHours } } }',
        { input: { contractId: id, weeklyLimitHours } },
      );
    expect(code((await change(va, 5)).errors as Errors)).toBe('FORBIDDEN');
    expect(code((await change(owner, 0)).errors as Errors)).toBe('BAD_USER_INPUT');
    expect(code((await change(owner, 81)).errors as Errors)).toBe('BAD_USER_INPUT');
    const stranger = await contractParties(testApp, PASSWORD);
    expect(code((await change(stranger.owner, 5)).errors as Errors)).toBe('NOT_FOUND');
    expect((await change(owner, 5)).data).toEqual({
      changeWeeklyLimit: { id: contractId, terms: { weeklyLimitHours: 5 } },
    });
    // The week under way keeps its 10 hours.
    expect((await milestones())[0]).toMatchObject({ amountMinor: 15_000, money: { heldMinor: 15_000 } });
    expect(code((await log('2026-11-25', 9 * 60)).errors as Errors)).toBeUndefined();

    await timesheets.submitEndedWeeks();
    const [week, next] = await milestones();
    // 10 h worked = €150 for the VA: nothing left over.
    expect(week).toMatchObject({ id: weekId, status: 'SUBMITTED', money: { heldMinor: 15_000, refundedMinor: 0 } });
    expect(next).toMatchObject({ status: 'PENDING', amountMinor: 7_500, money: { heldMinor: 0 } });

    // Another contract: 1 h worked of 10 leaves €135; a 5 h week holds €75 of it, €60 goes back.
    const other = await pastWeek();
    await other.log('2026-11-24', 60);
    await change(other.owner, 5, other.contractId);
    await timesheets.submitEndedWeeks();
    const [closed, opened] = await other.milestones();
    expect(closed).toMatchObject({ status: 'SUBMITTED', money: { heldMinor: 1_500, refundedMinor: 6_000 } });
    expect(opened).toMatchObject({ status: 'FUNDED', amountMinor: 0, money: { fundedMinor: 7_500, heldMinor: 7_500 } });
    const { contractEvents } = await other.owner.ok<{
      contractEvents: { items: Array<{ kind: string; message: string }> };
    }>('query($id: ID!) { contractEvents(contractId: $id) { items { kind message } } }', { id: other.contractId });
    expect(contractEvents.items).toContainEqual({ kind: 'LIMIT_CHANGED', message: '10 h → 5 h' });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('pauses: the paid week runs out, no week opens and its unused money goes back; resuming opens a week', async () => {
    const { owner, va, contractId, milestones, log } = await pastWeek();
    const pause = 'mutation($id: ID!) { pauseContract(contractId: $id) { pausedAt } }';
    const resume = 'mutation($id: ID!) { resumeContract(contractId: $id) { pausedAt } }';
    await log('2026-11-24', 120);
    expect(
      (await owner.ok<{ pauseContract: { pausedAt: string } }>(pause, { id: contractId })).pauseContract.pausedAt,
    ).toEqual(expect.any(String));
    expect(code((await owner.request(pause, { id: contractId })).errors as Errors)).toBe('CONTRACT_STATE');
    // The week is paid for: the VA still logs in it.
    expect((await log('2026-11-25', 30)).errors).toBeUndefined();

    await timesheets.submitEndedWeeks();
    const [week, ...after] = await milestones();
    expect(after).toEqual([]);
    expect(week).toMatchObject({
      status: 'SUBMITTED',
      minutesWorked: 150,
      money: { heldMinor: 3_750, refundedMinor: 11_250 },
    });
    expect(code((await log('2026-11-30', 30)).errors as Errors)).toBe('CONTRACT_PAUSED');

    const today = new Date().toISOString().slice(0, 10);
    expect((await owner.ok<{ resumeContract: { pausedAt: null } }>(resume, { id: contractId })).resumeContract).toEqual(
      {
        pausedAt: null,
      },
    );
    expect(code((await owner.request(resume, { id: contractId })).errors as Errors)).toBe('CONTRACT_STATE');
    const [, opened] = await milestones(va);
    expect(opened).toMatchObject({ status: 'PENDING', periodStart: today, amountMinor: 15_000 });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('passes on what was carried into a week nobody paid for, and gives it back when the contract ends', async () => {
    const { owner, contractId, milestones, log } = await pastWeek();
    await log('2026-11-24', 240);
    await timesheets.submitEndedWeeks(new Date('2026-12-01T00:30:00Z'));
    // Week two holds the €90 week one left, and waits for the €60 more it costs; nobody pays it.
    expect((await milestones())[1]).toMatchObject({
      status: 'PENDING',
      amountMinor: 6_000,
      money: { heldMinor: 9_000 },
    });
    await timesheets.submitEndedWeeks(new Date('2026-12-08T00:30:00Z'));
    const [, second, third] = await milestones();
    expect(second).toMatchObject({ status: 'CANCELLED', money: { fundedMinor: 0, heldMinor: 0 } });
    expect(third).toMatchObject({ status: 'PENDING', periodStart: '2026-12-07', money: { heldMinor: 9_000 } });

    await owner.ok('mutation($input: EndContractInput!) { endContract(input: $input) { id } }', {
      input: { contractId, reason: 'We found someone local.' },
    });
    expect((await milestones())[2]).toMatchObject({
      status: 'REFUNDED',
      money: { fundedMinor: 9_000, refundedMinor: 9_000, heldMinor: 0 },
    });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('hands the week under way in at once when the contract ends, refunding the time not worked', async () => {
    const { owner, contractId, weekId, milestones, log } = await pastWeek();
    const midweek = new Date('2026-11-25T12:00:00Z');
    await log('2026-11-24', 90);
    expect(await timesheets.submitEndedWeeks(midweek)).toBe(0);
    await owner.ok('mutation($input: EndContractInput!) { endContract(input: $input) { id } }', {
      input: { contractId, reason: 'The shop is closing early.' },
    });
    expect(await timesheets.submitEndedWeeks(midweek)).toBe(1);
    const all = await milestones();
    expect(all).toHaveLength(1);
    // 1 h 30 min at €15 = €22.50 stays for the VA's review; the other €127.50 goes back now.
    expect(all[0]).toMatchObject({
      id: weekId,
      status: 'SUBMITTED',
      minutesWorked: 90,
      money: { fundedMinor: 15_000, heldMinor: 2_250, refundedMinor: 12_750 },
    });
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });
});
