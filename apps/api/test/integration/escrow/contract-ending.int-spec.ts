import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { RetainersService } from '../../../src/modules/contracts/retainers.service.js';
import { ContractEndingService } from '../../../src/modules/escrow/contract-ending.service.js';
import { EscrowService } from '../../../src/modules/escrow/escrow.service.js';
import {
  contractParties,
  fixedContract,
  payIntoEscrow,
  retainerContract,
  unbalancedTransactions,
} from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'ending password 1';
const MILESTONE = `id title amountMinor status trial periodStart periodEnd minutesIncluded minutesWorked autoRefundAt
  autoReleaseAt overageOfId money { fundedMinor releasedMinor refundedMinor heldMinor }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) {
  status inTrial endsOn endedBy endReason terms { kind rolloverCapHours noticeDays trialWeeks overageRateMinor }
  milestones { ${MILESTONE} } } }`;
const END = `mutation($input: EndContractInput!) { endContract(input: $input) { status endsOn endedBy } }`;
const CONTINUE = 'mutation($contractId: ID!) { continueAfterTrial(contractId: $contractId) { inTrial } }';
const PAY = 'mutation($milestoneId: ID!) { payMilestone(milestoneId: $milestoneId) { id } }';
const SUBMIT = `mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { ${MILESTONE} } }`;
const CHANGES = `mutation($input: MilestoneNoteInput!) { requestMilestoneChanges(input: $input) { ${MILESTONE} } }`;
const EVENTS = `query($contractId: ID!) { contractEvents(contractId: $contractId, limit: 50) { items { kind message } } }`;

type Errors = Array<{ extensions?: { code?: string; fields?: Record<string, string> } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
interface Milestone {
  id: string;
  title: string;
  amountMinor: number;
  status: string;
  trial: boolean;
  periodStart: string | null;
  periodEnd: string | null;
  minutesIncluded: number | null;
  minutesWorked: number | null;
  autoRefundAt: string | null;
  autoReleaseAt: string | null;
  overageOfId: string | null;
  money: { fundedMinor: number; releasedMinor: number; refundedMinor: number; heldMinor: number };
}
interface ContractView {
  status: string;
  inTrial: boolean;
  endsOn: string | null;
  endedBy: string | null;
  endReason: string;
  terms: {
    kind: string;
    rolloverCapHours: number | null;
    noticeDays: number | null;
    trialWeeks: number;
    overageRateMinor: number | null;
  };
  milestones: Milestone[];
}

describe('paid trials, retainers and ending contracts', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let skillIds: Record<string, string>;
  let ending: ContractEndingService;
  let retainers: RetainersService;
  let escrow: EscrowService;

  const read = async (id: string) => (await owner.ok<{ contract: ContractView }>(CONTRACT, { id })).contract;
  const events = async (contractId: string) =>
    (
      await owner.ok<{ contractEvents: { items: Array<{ kind: string }> } }>(EVENTS, { contractId })
    ).contractEvents.items
      .map((event) => event.kind)
      .reverse();

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
    ending = testApp.app.get(ContractEndingService);
    retainers = testApp.app.get(RetainersService);
    escrow = testApp.app.get(EscrowService);
  });
  afterAll(async () => {
    expect(await unbalancedTransactions(dataSource)).toBe(0);
    await testApp.close();
  });

  it('a paid trial: later milestones wait until the client continues after it', async () => {
    const { contractId, milestoneIds } = await fixedContract(
      owner,
      va,
      skillIds,
      [
        { title: 'Trial week', amountMinor: 15_000 },
        { title: 'Catalogue', amountMinor: 40_000 },
      ],
      { trialWeeks: 1 },
    );
    const [trial, next] = milestoneIds as [string, string];
    const before = await read(contractId);
    expect(before.inTrial).toBe(true);
    expect(before.milestones.map((milestone) => milestone.trial)).toEqual([true, false]);
    expect(code((await owner.request(PAY, { milestoneId: next })).errors)).toBe('TRIAL_UNDECIDED');
    await payIntoEscrow(owner, trial);
    // Only the client decides to continue.
    expect(code((await va.request(CONTINUE, { contractId })).errors)).toBe('FORBIDDEN');
    const { continueAfterTrial } = await owner.ok<{ continueAfterTrial: { inTrial: boolean } }>(CONTINUE, {
      contractId,
    });
    expect(continueAfterTrial.inTrial).toBe(false);
    expect(code((await owner.request(CONTINUE, { contractId })).errors)).toBe('CONTRACT_STATE');
    await payIntoEscrow(owner, next);
    expect((await read(contractId)).milestones.map((milestone) => milestone.status)).toEqual(['FUNDED', 'FUNDED']);
    expect(await events(contractId)).toContain('TRIAL_CONTINUED');
  });

  it('the client ends: unpaid milestones are cancelled, held money waits for the hand-in, then goes back', async () => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Product pages', amountMinor: 20_000 },
      { title: 'Inbox clean-up', amountMinor: 30_000 },
      { title: 'Returns policy', amountMinor: 10_000 },
    ]);
    const [working, handedIn, unpaid] = milestoneIds as [string, string, string];
    await payIntoEscrow(owner, working);
    await payIntoEscrow(owner, handedIn);
    await va.ok(SUBMIT, { input: { milestoneId: handedIn, message: 'All 40 pages done.' } });

    const now = new Date();
    const { endContract } = await owner.ok<{ endContract: { status: string; endedBy: string } }>(END, {
      input: { contractId, reason: 'We are closing the shop.' },
    });
    expect(endContract).toEqual({ status: 'ENDED', endsOn: null, endedBy: 'CLIENT' });
    let contract = await read(contractId);
    expect(contract.endReason).toBe('We are closing the shop.');
    expect(contract.milestones.map((milestone) => milestone.status)).toEqual(['FUNDED', 'SUBMITTED', 'CANCELLED']);
    const refundAt = new Date(contract.milestones[0]?.autoRefundAt as string);
    expect(refundAt.getTime() - now.getTime()).toBeGreaterThan(6.9 * 86_400_000);
    expect(contract.milestones[1]?.autoRefundAt).toBeNull();
    expect(code((await owner.request(END, { input: { contractId } })).errors)).toBe('CONTRACT_STATE');
    expect(code((await owner.request(PAY, { milestoneId: unpaid })).errors)).toBe('MILESTONE_STATUS');

    // The VA hands in what was done: the refund clock stops; changes asked for start it again.
    const submitted = await va.ok<{ submitMilestone: Milestone }>(SUBMIT, {
      input: { milestoneId: working, message: 'Half of it, as agreed before the end.' },
    });
    expect(submitted.submitMilestone.autoRefundAt).toBeNull();
    const changed = await owner.ok<{ requestMilestoneChanges: Milestone }>(CHANGES, {
      input: { milestoneId: working, message: 'Please add the last two photos.' },
    });
    expect(changed.requestMilestoneChanges.autoRefundAt).not.toBeNull();

    // Before the wind-down runs out nothing moves; after it, the held money goes back to the card.
    expect(await ending.refundWoundDown(new Date(now.getTime() + 86_400_000))).toBe(0);
    expect(await ending.refundWoundDown(new Date(now.getTime() + 8 * 86_400_000))).toBe(1);
    contract = await read(contractId);
    expect(contract.milestones[0]).toMatchObject({
      status: 'REFUNDED',
      autoRefundAt: null,
      money: { fundedMinor: 20_000, refundedMinor: 20_000, heldMinor: 0 },
    });
    // The handed-in milestone runs its course: auto-release still pays the VA.
    expect(await escrow.autoReleaseDue(new Date(now.getTime() + 15 * 86_400_000))).toBe(1);
    expect((await read(contractId)).milestones[1]?.money.releasedMinor).toBe(30_000);
    expect(await events(contractId)).toEqual(expect.arrayContaining(['CANCELLED', 'ENDED', 'REFUNDED']));
  });

  it('the VA ends: money held for work not handed in goes back to the client at once', async () => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Supplier e-mails', amountMinor: 12_000 },
      { title: 'Follow-ups', amountMinor: 8_000 },
    ]);
    await payIntoEscrow(owner, milestoneIds[0] as string);
    await va.ok(END, { input: { contractId, reason: 'I am moving to full-time work elsewhere.' } });
    const contract = await read(contractId);
    expect(contract).toMatchObject({ status: 'ENDED', endedBy: 'FREELANCER' });
    expect(contract.milestones.map((milestone) => [milestone.status, milestone.money.refundedMinor])).toEqual([
      ['REFUNDED', 12_000],
      ['CANCELLED', 0],
    ]);
  });

  it('a retainer: a pro-rata trial, months opened ahead, unused hours rolled over, notice before the end', async () => {
    const { contractId } = await retainerContract(owner, va, skillIds, {
      monthlyAmountMinor: 120_000,
      monthlyHours: 40,
      trialWeeks: 2,
    });
    let contract = await read(contractId);
    // The field's defaults: 10 hours roll over at most, two weeks' notice, and the overage rate: 1.5× the month's $30.00 an hour.
    expect(contract.terms).toMatchObject({
      kind: 'RETAINER',
      rolloverCapHours: 10,
      noticeDays: 14,
      overageRateMinor: 4_500,
    });
    expect(contract.milestones).toEqual([
      expect.objectContaining({
        title: 'Paid trial',
        trial: true,
        periodStart: '2099-01-04',
        periodEnd: '2099-01-17',
        minutesIncluded: 1_120,
        money: expect.objectContaining({ fundedMinor: 0 }),
      }),
    ]);
    const trialId = contract.milestones[0]?.id as string;
    await payIntoEscrow(owner, trialId);
    // The VA reports the hours with the hand-in; a period without them is refused.
    const missing = await va.request(SUBMIT, { input: { milestoneId: trialId, message: 'Two weeks of inbox work.' } });
    expect(code(missing.errors as Errors)).toBe('BAD_USER_INPUT');

    // No month opens during the trial; once the client continues, month 1 opens a week before it starts.
    expect(await retainers.openDuePeriods(new Date('2099-01-15T00:00:00Z'))).toBe(0);
    await owner.ok(CONTINUE, { contractId });
    expect(await retainers.openDuePeriods(new Date('2099-01-09T00:00:00Z'))).toBe(0);
    expect(await retainers.openDuePeriods(new Date('2099-01-11T00:00:00Z'))).toBe(1);
    expect(await retainers.openDuePeriods(new Date('2099-01-11T00:00:00Z'))).toBe(0);
    contract = await read(contractId);
    // The trial's hours are not reported yet: month 1 has its own 40 hours.
    expect(contract.milestones[1]).toMatchObject({
      title: 'Month 1',
      periodStart: '2099-01-18',
      periodEnd: '2099-02-17',
      minutesIncluded: 2_400,
    });

    // Notice given on 2099-02-01 (simulated): the contract ends after 2099-02-15, so month 2 never opens.
    await ending.end(
      {
        side: 'client',
        userId: await ownerId(dataSource, contractId),
        party: await orgParty(dataSource, contractId),
        role: 'owner',
      },
      contractId,
      'Seasonal work is over.',
      new Date('2099-02-01T09:00:00Z'),
    );
    contract = await read(contractId);
    expect(contract).toMatchObject({ status: 'ACTIVE', endsOn: '2099-02-15', endedBy: 'CLIENT' });
    // Month 1 runs past the last day and nobody has paid it yet: cut to 29 of its 31 days.
    expect(contract.milestones[1]).toMatchObject({
      periodEnd: '2099-02-15',
      amountMinor: 112_258,
      minutesIncluded: 2_245,
      money: expect.objectContaining({ fundedMinor: 0 }),
    });
    // The trial handed in now: 18 h 40 min in it, 15 h 30 min worked, so 3 h 10 min roll over (under
    // the 10 h cap) onto the cut month's own hours, which stay cut.
    await va.ok(SUBMIT, { input: { milestoneId: trialId, message: 'Two weeks of inbox work.', hoursWorked: 15.5 } });
    expect((await read(contractId)).milestones[1]?.minutesIncluded).toBe(2_245 + 190);
    expect(code((await va.request(END, { input: { contractId } })).errors)).toBe('CONTRACT_STATE');
    expect(await retainers.openDuePeriods(new Date('2099-02-14T00:00:00Z'))).toBe(0);
    // The day after the last day the contract ends; month 1 was never paid for: cancelled.
    expect(await ending.endNoticeServed(new Date('2099-02-15T12:00:00Z'))).toBe(0);
    expect(await ending.endNoticeServed(new Date('2099-02-16T00:30:00Z'))).toBe(1);
    contract = await read(contractId);
    expect(contract.status).toBe('ENDED');
    expect(contract.milestones.map((milestone) => milestone.status)).toEqual(['SUBMITTED', 'CANCELLED']);
    expect(await events(contractId)).toEqual(
      expect.arrayContaining(['TRIAL_CONTINUED', 'PERIOD_OPENED', 'NOTICE_GIVEN', 'CANCELLED', 'ENDED']),
    );
  });

  it("a bonus between a retainer's months changes neither their numbers nor the hours rolled over", async () => {
    const { contractId, milestoneIds } = await retainerContract(owner, va, skillIds, {
      monthlyAmountMinor: 100_000,
      monthlyHours: 40,
    });
    const monthOne = milestoneIds[0] as string;
    await owner.ok('mutation($input: GiveBonusInput!) { giveBonus(input: $input) { id } }', {
      input: { contractId, amountMinor: 5_000, message: 'Thank you for the quick start.' },
    });
    // Month 2 starts on 2099-02-04 and opens a week before, after the bonus.
    await retainers.openDuePeriods(new Date('2099-01-28T12:00:00Z'));
    expect((await read(contractId)).milestones.map((milestone) => milestone.title)).toEqual([
      'Month 1',
      'Bonus',
      'Month 2',
    ]);
    // Month 1 handed in with 35 of its 40 hours: month 2 gets the 5 unused hours.
    await payIntoEscrow(owner, monthOne);
    await va.ok(SUBMIT, { input: { milestoneId: monthOne, message: 'January done.', hoursWorked: 35 } });
    expect((await read(contractId)).milestones[2]).toMatchObject({ title: 'Month 2', minutesIncluded: 2_700 });
  });

  it('a retainer: hours beyond the month are billed at the overage rate, re-priced until paid, then approved', async () => {
    const { contractId, milestoneIds } = await retainerContract(owner, va, skillIds, {
      monthlyAmountMinor: 100_000,
      monthlyHours: 40,
      overageRateMinor: 4_000,
    });
    const monthOne = milestoneIds[0] as string;
    await payIntoEscrow(owner, monthOne);
    // 43 h 30 min worked of 40: 3 h 30 min at $40.00 an hour.
    await va.ok(SUBMIT, { input: { milestoneId: monthOne, message: 'January, with the sale.', hoursWorked: 43.5 } });
    let contract = await read(contractId);
    const overage = contract.milestones.find((milestone) => milestone.overageOfId === monthOne);
    expect(overage).toMatchObject({
      title: 'Month 1: overage',
      status: 'PENDING',
      amountMinor: 14_000,
      minutesWorked: 210,
      money: expect.objectContaining({ fundedMinor: 0 }),
    });
    expect(await events(contractId)).toContain('OVERAGE_ADDED');

    // The business asks about month 1; handed in again with 42 h, the unpaid overage is billed anew.
    await owner.ok(CHANGES, { input: { milestoneId: monthOne, message: 'Please check the hours again.' } });
    await va.ok(SUBMIT, { input: { milestoneId: monthOne, message: 'Recounted: 42 hours.', hoursWorked: 42 } });
    contract = await read(contractId);
    const overages = contract.milestones.filter((milestone) => milestone.overageOfId === monthOne);
    expect(overages.map((milestone) => [milestone.status, milestone.amountMinor, milestone.minutesWorked])).toEqual([
      ['CANCELLED', 14_000, 210],
      ['PENDING', 8_000, 120],
    ]);
    const billed = overages[1]?.id as string;

    // Paid, the overage is handed in at once: the business approves it or disputes it, never sends it back.
    await payIntoEscrow(owner, billed);
    let paid = (await read(contractId)).milestones.find((milestone) => milestone.id === billed);
    expect(paid).toMatchObject({ status: 'SUBMITTED', money: expect.objectContaining({ heldMinor: 8_000 }) });
    expect(paid?.autoReleaseAt).not.toBeNull();
    const sendBack = await owner.request(CHANGES, { input: { milestoneId: billed, message: 'Not this much extra.' } });
    expect(code(sendBack.errors as Errors)).toBe('OVERAGE_REVIEW');
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
      input: { milestoneId: billed },
    });
    paid = (await read(contractId)).milestones.find((milestone) => milestone.id === billed);
    expect(paid).toMatchObject({
      status: 'RELEASED',
      money: expect.objectContaining({ releasedMinor: 8_000, heldMinor: 0 }),
    });
  });

  it('a retainer within its hours bills no overage, and an unpaid overage outlives the contract', async () => {
    const { contractId, milestoneIds } = await retainerContract(owner, va, skillIds, {
      monthlyAmountMinor: 100_000,
      monthlyHours: 40,
    });
    const monthOne = milestoneIds[0] as string;
    await payIntoEscrow(owner, monthOne);
    await va.ok(SUBMIT, { input: { milestoneId: monthOne, message: 'January done.', hoursWorked: 40 } });
    expect((await read(contractId)).milestones).toHaveLength(1);
    await owner.ok(CHANGES, { input: { milestoneId: monthOne, message: 'Please add the hours of the 31st.' } });
    await va.ok(SUBMIT, { input: { milestoneId: monthOne, message: 'With the 31st.', hoursWorked: 41 } });
    // 1 h at the field's 1.5× of $25.00.
    let overage = (await read(contractId)).milestones.find((milestone) => milestone.overageOfId === monthOne);
    expect(overage).toMatchObject({ amountMinor: 3_750, status: 'PENDING' });
    // The VA ends the contract: the month's work runs its course, and the overage stays owed.
    await va.ok(END, { input: { contractId, reason: 'Moving to full-time work elsewhere.' } });
    await ending.endNoticeServed(new Date('2099-12-31T00:00:00Z'));
    expect((await read(contractId)).status).toBe('ENDED');
    overage = (await read(contractId)).milestones.find((milestone) => milestone.overageOfId === monthOne);
    expect(overage?.status).toBe('PENDING');
    await payIntoEscrow(owner, overage?.id as string);
    overage = (await read(contractId)).milestones.find((milestone) => milestone.overageOfId === monthOne);
    expect(overage?.status).toBe('SUBMITTED');
  });
});

async function ownerId(dataSource: DataSource, contractId: string): Promise<string> {
  const [{ created_by }] = await dataSource.query(
    'SELECT o.created_by FROM contracts c JOIN offers o ON o.id = c.offer_id WHERE c.id = $1',
    [contractId],
  );
  return created_by;
}

async function orgParty(dataSource: DataSource, contractId: string): Promise<{ organizationId: string }> {
  const [{ organization_id }] = await dataSource.query('SELECT organization_id FROM contracts WHERE id = $1', [
    contractId,
  ]);
  return { organizationId: organization_id };
}
