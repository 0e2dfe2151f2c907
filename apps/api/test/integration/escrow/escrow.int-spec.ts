import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { EscrowService } from '../../../src/modules/escrow/escrow.service.js';
import { MilestonePaymentsService } from '../../../src/modules/escrow/milestone-payments.service.js';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { Accounts } from '../../../src/modules/money/ledger/accounts.js';
import { LedgerService } from '../../../src/modules/money/ledger/ledger.service.js';
import { Movements } from '../../../src/modules/money/ledger/movements.js';
import { createFreelancer, createOrganization, createUser, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { fixedContract, payIntoEscrow, unbalancedTransactions } from '../../support/contracts.js';
import { approvedVa } from '../../support/freelancers.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'escrow password 1';
const MILESTONE = 'id status submittedAt autoReleaseAt money { fundedMinor releasedMinor refundedMinor heldMinor }';
const PAY = `mutation($milestoneId: ID!) { payMilestone(milestoneId: $milestoneId) {
  id status provider amountMinor currency platformFeeMinor freelancerReceivesMinor } }`;
const CARD = `mutation($input: SandboxCardInput!) { paySandboxCard(input: $input) { id status } }`;
const SUBMIT = `mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { ${MILESTONE} } }`;
const CHANGES = `mutation($input: MilestoneNoteInput!) { requestMilestoneChanges(input: $input) { ${MILESTONE} } }`;
const RELEASE = `mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { ${MILESTONE} } }`;
const REFUND = `mutation($input: RefundMilestoneInput!) { refundMilestone(input: $input) { ${MILESTONE} } }`;
const CONTRACT = `query($id: ID!) { contract(id: $id) {
  money { fundedMinor releasedMinor refundedMinor heldMinor } milestones { ${MILESTONE} } } }`;
const EVENTS = `query($contractId: ID!) { contractEvents(contractId: $contractId, limit: 50) {
  totalCount items { kind amountMinor message actorName } } }`;

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
interface Money {
  fundedMinor: number;
  releasedMinor: number;
  refundedMinor: number;
  heldMinor: number;
}

describe('escrow on fixed-price milestones, in the sandbox', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let otherClient: GraphqlAgent;
  let va: GraphqlAgent;
  let ops: GraphqlAgent;
  let vaId: string;
  let skillIds: Record<string, string>;

  const signedIn = async (email: string, kind: 'CLIENT' | 'FREELANCER' | 'OPS') => {
    const agent = testApp.agent();
    await agent.signIn(email, PASSWORD, kind);
    return agent;
  };
  const contract = (amounts: number[]) =>
    fixedContract(
      owner,
      va,
      skillIds,
      amounts.map((amountMinor, index) => ({ title: `Part ${index + 1}`, amountMinor })),
    );
  const fund = (milestoneId: string) => payIntoEscrow(owner, milestoneId);
  const milestoneOf = async (contractId: string, index = 0) =>
    (
      await owner.ok<{ contract: { milestones: Array<{ status: string; money: Money }> } }>(CONTRACT, {
        id: contractId,
      })
    ).contract.milestones[index];
  /** The ledger's own invariants: each currency balances, and so does every milestone. */
  const expectLedgerSound = async () => {
    const ledger = testApp.app.get(LedgerService);
    const byCurrency = new Map<string, number>();
    for (const line of await ledger.trialBalance()) {
      byCurrency.set(line.currency, (byCurrency.get(line.currency) ?? 0) + line.balanceMinor);
    }
    for (const total of byCurrency.values()) expect(total).toBe(0);
    expect(await unbalancedTransactions(dataSource)).toBe(0);
  };

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { owner: ownerUser } = await createOrganization(dataSource, {
      name: 'Northwind Candles',
      owner: { password: PASSWORD },
    });
    const { owner: otherUser } = await createOrganization(dataSource, { name: 'Other', owner: { password: PASSWORD } });
    const opsUser = await createUser(dataSource, 'ops', { password: PASSWORD, opsRole: 'admin' });
    owner = await signedIn(ownerUser.email, 'CLIENT');
    otherClient = await signedIn(otherUser.email, 'CLIENT');
    ops = await signedIn(opsUser.email, 'OPS');
    skillIds = await owner.skillIds();
    const vaUser = (await createFreelancer(dataSource, approvedVa('Giulia', PASSWORD))).user;
    vaId = vaUser.id;
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    va = await signedIn(vaUser.email, 'FREELANCER');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('funds, sends back, approves in two parts, and the VA is owed the release less the fee', async () => {
    const { contractId, milestoneIds } = await contract([10_000, 5_000]);
    const [first] = milestoneIds as [string];
    const { payMilestone } = await owner.ok<{ payMilestone: Record<string, unknown> }>(PAY, { milestoneId: first });
    expect(payMilestone).toMatchObject({
      status: 'PENDING',
      provider: 'SANDBOX',
      amountMinor: 10_000,
      currency: 'EUR',
      platformFeeMinor: 1_000,
      freelancerReceivesMinor: 9_000,
    });
    // Paying again continues the same payment: one charge, however often the button is pressed.
    expect((await owner.ok<{ payMilestone: { id: string } }>(PAY, { milestoneId: first })).payMilestone.id).toBe(
      payMilestone.id,
    );
    const declined = await owner.request(CARD, {
      input: { paymentId: payMilestone.id, cardNumber: '4000000000000002' },
    });
    expect(code(declined.errors)).toBe('CARD_DECLINED');
    expect(await milestoneOf(contractId)).toMatchObject({ status: 'PENDING', money: { heldMinor: 0 } });
    await owner.ok(CARD, { input: { paymentId: payMilestone.id, cardNumber: '4242424242424242' } });
    expect(await milestoneOf(contractId)).toMatchObject({
      status: 'FUNDED',
      money: { fundedMinor: 10_000, heldMinor: 10_000 },
    });
    // Booking the same payment again (a repeated webhook) changes nothing.
    await testApp.app.get(MilestonePaymentsService).settlePayment(payMilestone.id as string);
    expect((await milestoneOf(contractId))?.money.fundedMinor).toBe(10_000);

    const submitted = await va.ok<{ submitMilestone: { status: string; autoReleaseAt: string } }>(SUBMIT, {
      input: { milestoneId: first, message: 'Twenty listings rewritten; the sheet is attached.' },
    });
    expect(submitted.submitMilestone.status).toBe('SUBMITTED');
    expect(new Date(submitted.submitMilestone.autoReleaseAt).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
    const changes = await owner.ok<{ requestMilestoneChanges: { status: string; autoReleaseAt: null } }>(CHANGES, {
      input: { milestoneId: first, message: 'Please add the care instructions.' },
    });
    expect(changes.requestMilestoneChanges).toMatchObject({ status: 'CHANGES_REQUESTED', autoReleaseAt: null });
    await va.ok(SUBMIT, { input: { milestoneId: first, message: 'Care instructions added.' } });

    const part = await owner.ok<{ releaseMilestone: { status: string; money: Money } }>(RELEASE, {
      input: { milestoneId: first, amountMinor: 3_005 },
    });
    expect(part.releaseMilestone).toMatchObject({
      status: 'SUBMITTED',
      money: { fundedMinor: 10_000, releasedMinor: 3_005, heldMinor: 6_995 },
    });
    const rest = await owner.ok<{ releaseMilestone: { status: string; money: Money } }>(RELEASE, {
      input: { milestoneId: first },
    });
    expect(rest.releaseMilestone).toMatchObject({
      status: 'RELEASED',
      money: { fundedMinor: 10_000, releasedMinor: 10_000, refundedMinor: 0, heldMinor: 0 },
    });
    // 10% of 30.05 is 3.005, rounded half up to 3.01; the rest takes 10% of 100.00 less that, 6.99 (alone,
    // 6.995 would round to 7.00). Split or not, the fee is 10.00 and the VA is owed the rest.
    const ledger = testApp.app.get(LedgerService);
    expect((await ledger.balance(Accounts.payable(vaId))).get('EUR')).toBe(-(10_000 - 301 - 699));
    expect((await ledger.balance(Accounts.escrow(first))).get('EUR')).toBe(0);

    const { contract: whole } = await va.ok<{ contract: { money: Money } }>(CONTRACT, { id: contractId });
    expect(whole.money).toEqual({ fundedMinor: 10_000, releasedMinor: 10_000, refundedMinor: 0, heldMinor: 0 });
    const { contractEvents } = await va.ok<{ contractEvents: { items: Array<{ kind: string }> } }>(EVENTS, {
      contractId,
    });
    expect(contractEvents.items.map((event) => event.kind).reverse()).toEqual([
      'STARTED',
      'PAYMENT_FAILED',
      'FUNDED',
      'SUBMITTED',
      'CHANGES_REQUESTED',
      'SUBMITTED',
      'RELEASED',
      'RELEASED',
    ]);
    const { milestoneLedger } = await ops.ok<{ milestoneLedger: Array<{ kind: string }> }>(
      'query($id: ID!) { milestoneLedger(milestoneId: $id) { kind postings { account amountMinor } } }',
      { id: first },
    );
    expect(milestoneLedger.map((transaction) => transaction.kind)).toEqual([
      'PAYMENT',
      'FUNDING',
      'RELEASE',
      'RELEASE',
    ]);
    await expectLedgerSound();
  });

  it('refuses bad amounts, wrong steps and other parties, and writes nothing', async () => {
    const { contractId, milestoneIds } = await contract([2_000]);
    const [milestoneId] = milestoneIds as [string];
    expect(code((await owner.request(RELEASE, { input: { milestoneId } })).errors)).toBe('MILESTONE_STATUS');
    expect(code((await va.request(SUBMIT, { input: { milestoneId, message: 'Done before paid for' } })).errors)).toBe(
      'MILESTONE_STATUS',
    );
    expect(code((await otherClient.request(PAY, { milestoneId })).errors)).toBe('NOT_FOUND');
    await fund(milestoneId);
    expect(code((await owner.request(PAY, { milestoneId })).errors)).toBe('MILESTONE_STATUS');
    for (const amountMinor of [0, -5]) {
      expect(code((await owner.request(RELEASE, { input: { milestoneId, amountMinor } })).errors)).toBe(
        'BAD_USER_INPUT',
      );
    }
    expect(code((await owner.request(RELEASE, { input: { milestoneId, amountMinor: 2_001 } })).errors)).toBe(
      'AMOUNT_EXCEEDS_HELD',
    );
    expect(code((await va.request(REFUND, { input: { milestoneId, amountMinor: 2_001 } })).errors)).toBe(
      'AMOUNT_EXCEEDS_HELD',
    );
    expect(code((await otherClient.request(RELEASE, { input: { milestoneId } })).errors)).toBe('NOT_FOUND');
    expect(code((await va.request(CHANGES, { input: { milestoneId, message: 'Not mine to ask' } })).errors)).toBe(
      'FORBIDDEN',
    );
    expect(await milestoneOf(contractId)).toMatchObject({
      status: 'FUNDED',
      money: { fundedMinor: 2_000, releasedMinor: 0, refundedMinor: 0, heldMinor: 2_000 },
    });
  });

  it('lets the VA give money back to the card, in part or whole', async () => {
    const { contractId, milestoneIds } = await contract([4_000]);
    const [milestoneId] = milestoneIds as [string];
    await fund(milestoneId);
    const part = await va.ok<{ refundMilestone: { status: string; money: Money } }>(REFUND, {
      input: { milestoneId, amountMinor: 1_500 },
    });
    expect(part.refundMilestone).toMatchObject({ status: 'FUNDED', money: { refundedMinor: 1_500, heldMinor: 2_500 } });
    await va.ok(REFUND, { input: { milestoneId, amountMinor: 2_500 } });
    expect(await milestoneOf(contractId)).toMatchObject({
      status: 'REFUNDED',
      money: { fundedMinor: 4_000, releasedMinor: 0, refundedMinor: 4_000, heldMinor: 0 },
    });
    const operations = await dataSource.query(
      `SELECT status, provider_object_id FROM payment_operations WHERE milestone_id = $1`,
      [milestoneId],
    );
    expect(operations).toHaveLength(2);
    for (const operation of operations) {
      expect(operation).toMatchObject({ status: 'succeeded', provider_object_id: expect.stringMatching(/^re_sbx_/) });
    }
    await expectLedgerSound();
  });

  it('has exactly one winner when approval and refund race for the same money', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { contractId, milestoneIds } = await contract([3_000]);
      const [milestoneId] = milestoneIds as [string];
      await fund(milestoneId);
      const results = await Promise.all([
        owner.request(RELEASE, { input: { milestoneId } }),
        va.request(REFUND, { input: { milestoneId, amountMinor: 3_000 } }),
      ]);
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(['MILESTONE_STATUS', 'AMOUNT_EXCEEDS_HELD']).toContain(
        code(results.find((result) => result.errors)?.errors),
      );
      const { money } = (await milestoneOf(contractId)) as { money: Money };
      expect(money.heldMinor).toBe(0);
      expect(money.releasedMinor + money.refundedMinor).toBe(3_000);
    }
    await expectLedgerSound();
  });

  it('releases by itself once the client lets the time pass, once', async () => {
    const { contractId, milestoneIds } = await contract([2_500]);
    const [milestoneId] = milestoneIds as [string];
    await fund(milestoneId);
    await va.ok(SUBMIT, { input: { milestoneId, message: 'All done.' } });
    const escrow = testApp.app.get(EscrowService);
    expect(await escrow.autoReleaseDue(new Date(Date.now() + 13 * 86_400_000))).toBe(0);
    const later = new Date(Date.now() + 15 * 86_400_000);
    expect(await escrow.autoReleaseDue(later)).toBe(1);
    expect(await escrow.autoReleaseDue(later)).toBe(0);
    expect(await milestoneOf(contractId)).toMatchObject({ status: 'RELEASED', money: { releasedMinor: 2_500 } });
    const { contractEvents } = await owner.ok<{ contractEvents: { items: Array<{ kind: string; actorName: null }> } }>(
      EVENTS,
      { contractId },
    );
    expect(contractEvents.items[0]).toMatchObject({ kind: 'AUTO_RELEASED', actorName: null });
  });

  it('keeps the ledger append-only and refuses a transaction that does not balance', async () => {
    const ledger = testApp.app.get(LedgerService);
    const entry = Movements.payment('00000000-0000-4000-8000-000000000001', '00000000-0000-4000-8000-000000000000', {
      milestoneId: null,
      currency: 'EUR',
      amountMinor: 700,
    });
    expect((await dataSource.transaction((manager) => ledger.record(entry, manager))).created).toBe(true);
    expect((await dataSource.transaction((manager) => ledger.record(entry, manager))).created).toBe(false);
    await expect(dataSource.query(`UPDATE ledger_postings SET amount_minor = 1`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM ledger_transactions`)).rejects.toThrow(/append-only/);
    // Written past the service's own check, straight in SQL: the database refuses at commit.
    await expect(
      dataSource.transaction(async (manager) => {
        const [{ id }] = await manager.query(
          `INSERT INTO ledger_transactions (idempotency_key, kind) VALUES ('test:unbalanced', 'payment') RETURNING id`,
        );
        await manager.query(
          `INSERT INTO ledger_postings (transaction_id, account, currency, amount_minor) VALUES ($1, 'a', 'EUR', 5), ($1, 'b', 'EUR', -4)`,
          [id],
        );
      }),
    ).rejects.toThrow(/does not balance/);
    expect(await ledger.recorded('test:unbalanced')).toBe(false);
    await expectLedgerSound();
  });

  it('has no Stripe webhook in the sandbox', async () => {
    const response = await owner.http('POST', '/webhooks/stripe', {
      payload: Buffer.from('{}'),
      headers: { 'content-type': 'application/json', 'stripe-signature': 't=1,v1=0' },
    });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});
