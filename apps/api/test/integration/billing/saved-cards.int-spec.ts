import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SavedCardChargesService } from '../../../src/modules/escrow/saved-card-charges.service.js';
import { addMember } from '../../../src/seed/factories.js';
import {
  contractParties,
  pastHourlyWeek,
  payIntoEscrow,
  retainerContract,
  unbalancedTransactions,
} from '../../support/contracts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'saved cards password 1';
const START = 'mutation { startCardSetup { id provider clientSecret publishableKey } }';
const SAVE = `mutation($input: SandboxCardSetupInput!) { saveSandboxCard(input: $input) {
  id status brand last4 expMonth expYear failedAt failureMessage } }`;
const CARD = '{ savedCard { id status brand last4 failedAt failureMessage } }';
const EVENTS = 'query($id: ID!) { contractEvents(contractId: $id, limit: 50) { items { kind message } } }';

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
type Card = { id: string; status: string; last4: string; failedAt: string | null; failureMessage: string };

describe('saved cards: hourly weeks and overage charged with nobody present', () => {
  let testApp: TestApp;
  let charges: SavedCardChargesService;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    charges = testApp.app.get(SavedCardChargesService);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** Saves a sandbox test card for the agent's organisation. */
  async function saveCard(agent: GraphqlAgent, cardNumber: string) {
    const { startCardSetup } = await agent.ok<{ startCardSetup: { id: string; provider: string } }>(START);
    return agent.request<{ saveSandboxCard: Card }>(SAVE, { input: { cardId: startCardSetup.id, cardNumber } });
  }
  const sandboxCalls = async (kind: string) =>
    Number((await testApp.dataSource.query('SELECT count(*) AS n FROM sandbox_objects WHERE kind = $1', [kind]))[0].n);

  it('pays a week that has begun with the saved card, once, however many sweeps run', async () => {
    const { owner, va, milestones, log, weekId } = await pastHourlyWeek(testApp, PASSWORD, { paid: false });
    expect(code((await log('2026-11-24', 60)).errors as Errors)).toBe('WEEK_NOT_FUNDED');
    expect((await owner.ok<{ savedCard: null }>(CARD)).savedCard).toBeNull();
    const saved = await saveCard(owner, '4242 4242 4242 4242');
    expect(saved.data?.saveSandboxCard).toMatchObject({
      status: 'ACTIVE',
      brand: 'visa',
      last4: '4242',
      failedAt: null,
    });

    const other = await startTestApp({ WORKER_ENABLED: 'false' }, { databaseUrl: testApp.databaseUrl });
    try {
      await Promise.all([charges.chargeDue(), other.app.get(SavedCardChargesService).chargeDue()]);
    } finally {
      await other.close();
    }
    expect((await milestones())[0]).toMatchObject({
      status: 'FUNDED',
      money: { fundedMinor: 15_000, heldMinor: 15_000 },
    });
    const payments = await testApp.dataSource.query(
      'SELECT status, saved_card_id AS "savedCardId" FROM milestone_payments WHERE milestone_id = $1',
      [weekId],
    );
    expect(payments).toEqual([{ status: 'succeeded', savedCardId: saved.data?.saveSandboxCard.id }]);
    expect(await charges.chargeDue()).toBe(0);
    // The week is paid: the VA logs.
    expect((await log('2026-11-24', 60)).errors).toBeUndefined();
    expect((await va.request(CARD)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });

  it('explains a declined charge to both sides, tries the card once, and pays with the next card saved', async () => {
    const { owner, va, contractId, milestones } = await pastHourlyWeek(testApp, PASSWORD, { paid: false });
    await saveCard(owner, '4000 0000 0000 0341');
    expect(await charges.chargeDue()).toBe(0);
    expect((await milestones())[0]).toMatchObject({ status: 'PENDING' });
    const { savedCard } = await owner.ok<{ savedCard: Card }>(CARD);
    expect(savedCard).toMatchObject({
      last4: '0341',
      failedAt: expect.any(String),
      failureMessage: 'Your card was declined.',
    });
    const events = async (agent: GraphqlAgent) =>
      (
        await agent.ok<{ contractEvents: { items: Array<{ kind: string; message: string }> } }>(EVENTS, {
          id: contractId,
        })
      ).contractEvents.items;
    expect(await events(owner)).toContainEqual({ kind: 'PAYMENT_FAILED', message: 'Your card was declined.' });
    // The VA reads that the payment failed, not the business's card details.
    expect(await events(va)).toContainEqual({ kind: 'PAYMENT_FAILED', message: '' });

    // A declined card is not charged again.
    const attempts = await sandboxCalls('attempt');
    expect(await charges.chargeDue()).toBe(0);
    expect(await sandboxCalls('attempt')).toBe(attempts);

    // The business saves another card: the waiting week is paid with it, on the same payment.
    const replaced = await saveCard(owner, '4242424242424242');
    expect(replaced.data?.saveSandboxCard).toMatchObject({ status: 'ACTIVE', last4: '4242', failedAt: null });
    expect(await charges.chargeDue()).toBe(1);
    expect((await milestones())[0]).toMatchObject({ status: 'FUNDED', money: { heldMinor: 15_000 } });
    const [{ payments }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS payments FROM milestone_payments p JOIN contract_milestones m ON m.id = p.milestone_id
        WHERE m.contract_id = $1`,
      [contractId],
    );
    expect(payments).toBe(1);
  });

  it('refuses bad cards and members who do not keep billing; a removed card is charged no more', async () => {
    const { owner, contractId, milestones } = await pastHourlyWeek(testApp, PASSWORD, { paid: false });
    expect(code((await saveCard(owner, '4000000000000002')).errors)).toBe('CARD_DECLINED');
    expect(code((await saveCard(owner, '1234')).errors)).toBe('BAD_USER_INPUT');
    expect((await owner.ok<{ savedCard: null }>(CARD)).savedCard).toBeNull();
    const stranger = await pastHourlyWeek(testApp, PASSWORD, { paid: false });
    const { startCardSetup } = await stranger.owner.ok<{ startCardSetup: { id: string } }>(START);
    const foreign = await owner.request(SAVE, { input: { cardId: startCardSetup.id, cardNumber: '4242424242424242' } });
    expect(code(foreign.errors)).toBe('NOT_FOUND');

    // Finance keeps billing; a hiring manager does not.
    const [{ organizationId }] = await testApp.dataSource.query(
      'SELECT organization_id AS "organizationId" FROM contracts WHERE id = $1',
      [contractId],
    );
    const member = async (role: 'finance' | 'hiring_manager') => {
      const user = await addMember(testApp.dataSource, organizationId, role, { password: PASSWORD });
      const agent = testApp.agent();
      await agent.signIn(user.email, PASSWORD, 'CLIENT');
      return agent;
    };
    expect(code((await (await member('hiring_manager')).request(START)).errors)).toBe('FORBIDDEN');
    const finance = await member('finance');
    expect((await saveCard(finance, '4242424242424242')).data?.saveSandboxCard.status).toBe('ACTIVE');
    expect((await finance.ok<{ removeSavedCard: boolean }>('mutation { removeSavedCard }')).removeSavedCard).toBe(true);
    expect((await owner.ok<{ savedCard: null }>(CARD)).savedCard).toBeNull();
    await charges.chargeDue();
    expect((await milestones())[0]).toMatchObject({ status: 'PENDING' });
  });

  it("pays a retainer's overage with the saved card as soon as it is billed, for the business to review", async () => {
    const { owner, va, skillIds } = await contractParties(testApp, PASSWORD);
    const { contractId, milestoneIds } = await retainerContract(owner, va, skillIds, {
      monthlyAmountMinor: 100_000,
      monthlyHours: 40,
    });
    const monthOne = milestoneIds[0] as string;
    await payIntoEscrow(owner, monthOne);
    await saveCard(owner, '4242 4242 4242 4242');
    await va.ok('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }', {
      input: { milestoneId: monthOne, message: 'January, with the sale.', hoursWorked: 42 },
    });
    // The month itself was paid by hand and is not the card's to pay; its 2 h of overage are.
    expect(await charges.chargeDue()).toBe(1);
    const { contract } = await owner.ok<{
      contract: { milestones: Array<{ title: string; status: string; money: { heldMinor: number } }> };
    }>('query($id: ID!) { contract(id: $id) { milestones { title status money { heldMinor } } } }', { id: contractId });
    expect(contract.milestones).toEqual([
      { title: 'Month 1', status: 'SUBMITTED', money: { heldMinor: 100_000 } },
      { title: 'Month 1: overage', status: 'SUBMITTED', money: { heldMinor: 7_500 } },
    ]);
    expect(await charges.chargeDue()).toBe(0);
    expect(await unbalancedTransactions(testApp.dataSource)).toBe(0);
  });
});
