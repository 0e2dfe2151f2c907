import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Stripe from 'stripe';
import type { DataSource } from 'typeorm';
import { SavedCardChargesService } from '../../../src/modules/escrow/saved-card-charges.service.js';
import { Accounts } from '../../../src/modules/money/ledger/accounts.js';
import { LedgerService } from '../../../src/modules/money/ledger/ledger.service.js';
import { PaymentOperationsService } from '../../../src/modules/payments/payment-operations.service.js';
import { ReconciliationService } from '../../../src/modules/reconciliation/reconciliation.service.js';
import { StripeWebhooksService } from '../../../src/modules/webhooks/stripe-webhooks.service.js';
import { contractParties, fixedContract, pastHourlyWeek, unbalancedTransactions } from '../../support/contracts.js';
import { type StripeStub, startStripeStub, TEST_PAYMENT_METHODS } from '../../support/stripe-stub.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'stripe password 1';
const SECRET_KEY = 'sk_test_delegate';
const WEBHOOK_SECRET = 'whsec_delegate_test';
const PAY = `mutation($milestoneId: ID!) { payMilestone(milestoneId: $milestoneId) {
  id status provider amountMinor currency clientSecret publishableKey } }`;
const SYNC = 'mutation($paymentId: ID!) { syncMilestonePayment(paymentId: $paymentId) { id status } }';
const MILESTONE = 'status money { fundedMinor releasedMinor refundedMinor heldMinor }';
const EVENTS = `query($contractId: ID!) { contractEvents(contractId: $contractId, limit: 50) { items { kind message } } }`;
const PAYOUTS = `{ myPayouts { account { status requirementsDue } owed { currency amountMinor }
  paidOut { currency amountMinor } transfers { status amountMinor } } }`;

type StubObject = Record<string, unknown> & { id: string; object: string };

describe('escrow on Stripe: the real SDK against the Stripe stub, and webhooks', () => {
  let stub: StripeStub;
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let vaId: string;
  let skillIds: Record<string, string>;
  /** What Stripe.js does in the client's browser: confirms the card with Stripe directly. */
  let browserStripe: Stripe;

  const webhooks = () => testApp.app.get(StripeWebhooksService);
  const deliver = (payload: string, signature?: string) =>
    testApp.app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/webhooks/stripe',
        headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
        payload,
      });
  /** Stripe sends an event about an object, and our job processes it; returns the stored outcome. */
  const sendEvent = async (type: string, object: StubObject) => {
    const { id, payload, signature } = stub.signedEvent(type, object, WEBHOOK_SECRET);
    const response = await deliver(payload, signature);
    expect(response.statusCode).toBe(200);
    await webhooks().process(id);
    const [stored] = await dataSource.query('SELECT outcome FROM stripe_events WHERE id = $1', [id]);
    return stored?.outcome as string;
  };
  const storedEvents = async () =>
    Number((await dataSource.query('SELECT count(*) AS n FROM stripe_events'))[0].n as string);
  const milestone = async (contractId: string) =>
    (
      await owner.ok<{ contract: { milestones: Array<{ status: string; money: Record<string, number> }> } }>(
        `query($id: ID!) { contract(id: $id) { milestones { ${MILESTONE} } } }`,
        { id: contractId },
      )
    ).contract.milestones[0];
  /** A one-milestone contract paid into escrow by card through Stripe; returns ids and the PaymentIntent. */
  const fundedMilestone = async (amountMinor: number) => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [{ title: 'Listings', amountMinor }]);
    const milestoneId = milestoneIds[0] as string;
    const { payMilestone } = await owner.ok<{ payMilestone: { id: string; clientSecret: string } }>(PAY, {
      milestoneId,
    });
    const intentId = payMilestone.clientSecret.split('_secret_')[0] as string;
    await browserStripe.paymentIntents.confirm(intentId, { payment_method: TEST_PAYMENT_METHODS.visa });
    await owner.ok(SYNC, { paymentId: payMilestone.id });
    return { contractId, milestoneId, paymentId: payMilestone.id, intent: stub.get(intentId) };
  };
  const expectLedgerBalanced = async () => expect(await unbalancedTransactions(dataSource)).toBe(0);

  beforeAll(async () => {
    stub = await startStripeStub();
    browserStripe = new Stripe(SECRET_KEY, { host: '127.0.0.1', port: new URL(stub.url).port, protocol: 'http' });
    testApp = await startTestApp({
      WORKER_ENABLED: 'false',
      STRIPE_SECRET_KEY: SECRET_KEY,
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_PUBLISHABLE_KEY: 'pk_test_delegate',
      STRIPE_API_URL: stub.url,
    });
    dataSource = testApp.dataSource;
    ({ owner, va, vaId, skillIds } = await contractParties(testApp, PASSWORD, { country: 'FI' }));
  });
  afterAll(async () => {
    await testApp.close();
    await stub.close();
  });

  it('charges by PaymentIntent, transfers to the Express account once enabled, and refunds the rest', async () => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Listings', amountMinor: 20_000 },
    ]);
    const milestoneId = milestoneIds[0] as string;
    const { payMilestone } = await owner.ok<{ payMilestone: Record<string, string> }>(PAY, { milestoneId });
    expect(payMilestone).toMatchObject({ status: 'PENDING', provider: 'STRIPE', publishableKey: 'pk_test_delegate' });
    const [intent] = stub.objects('payment_intent');
    expect(intent).toMatchObject({
      amount: 20_000,
      currency: 'eur',
      transfer_group: `milestone_${milestoneId}`,
      metadata: { milestoneId, paymentId: payMilestone.id },
      client_secret: payMilestone.clientSecret,
    });
    // The sandbox's card form does not exist with Stripe.
    const sandboxCard = await owner.request(
      'mutation($input: SandboxCardInput!) { paySandboxCard(input: $input) { id } }',
      { input: { paymentId: payMilestone.id, cardNumber: '4242424242424242' } },
    );
    expect(sandboxCard.errors?.[0]?.extensions?.code).toBe('PROVIDER_MISMATCH');

    // A declined card: Stripe.js reports it in the browser, and the webhook puts it on the timeline.
    await expect(
      browserStripe.paymentIntents.confirm(intent?.id as string, { payment_method: TEST_PAYMENT_METHODS.declined }),
    ).rejects.toThrow('Your card was declined.');
    expect(await sendEvent('payment_intent.payment_failed', stub.get(intent?.id as string))).toBe('failed');
    expect((await milestone(contractId))?.status).toBe('PENDING');

    // A good card: the app books it at once; the webhook that follows changes nothing.
    await browserStripe.paymentIntents.confirm(intent?.id as string, { payment_method: TEST_PAYMENT_METHODS.visa });
    expect(
      (await owner.ok<{ syncMilestonePayment: { status: string } }>(SYNC, { paymentId: payMilestone.id }))
        .syncMilestonePayment.status,
    ).toBe('SUCCEEDED');
    expect(await sendEvent('payment_intent.succeeded', stub.get(intent?.id as string))).toBe('settled');
    expect(await milestone(contractId)).toEqual({
      status: 'FUNDED',
      money: { fundedMinor: 20_000, releasedMinor: 0, refundedMinor: 0, heldMinor: 20_000 },
    });
    const { contractEvents } = await owner.ok<{ contractEvents: { items: Array<{ kind: string; message: string }> } }>(
      EVENTS,
      { contractId },
    );
    expect(contractEvents.items.map((event) => event.kind)).toEqual(['FUNDED', 'PAYMENT_FAILED', 'STARTED']);
    expect(contractEvents.items[1]?.message).toBe('Your card was declined.');

    // The VA starts Stripe's onboarding; releases wait until Stripe says the account may receive transfers.
    const { startPayoutOnboarding: link } = await va.ok<{ startPayoutOnboarding: string }>(
      'mutation { startPayoutOnboarding }',
    );
    expect(link).toMatch(/^https:\/\/connect\.stripe\.com\/setup\/e\/acct_/);
    const [account] = stub.objects('account');
    expect(account).toMatchObject({
      type: 'express',
      country: 'FI',
      business_type: 'individual',
      payouts_enabled: false,
    });
    await va.ok('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { status } }', {
      input: { milestoneId, message: 'Twenty listings rewritten.' },
    });
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { status } }', {
      input: { milestoneId, amountMinor: 15_000 },
    });
    expect(stub.objects('transfer')).toHaveLength(0);
    expect((await va.ok<{ myPayouts: Record<string, unknown> }>(PAYOUTS)).myPayouts).toMatchObject({
      account: { status: 'PENDING' },
      owed: [{ currency: 'EUR', amountMinor: 13_500 }],
      transfers: [{ status: 'WAITING', amountMinor: 13_500 }],
    });
    stub.update(account?.id as string, {
      details_submitted: true,
      payouts_enabled: true,
      capabilities: { transfers: 'active' },
      requirements: { ...(account?.requirements as object), currently_due: [], disabled_reason: null },
    });
    expect(await sendEvent('account.updated', stub.get(account?.id as string))).toBe('refreshed');
    const [transfer] = stub.objects('transfer');
    expect(transfer).toMatchObject({
      amount: 13_500,
      currency: 'eur',
      destination: account?.id,
      source_transaction: stub.get(intent?.id as string).latest_charge,
      transfer_group: `milestone_${milestoneId}`,
    });
    expect((await va.ok<{ myPayouts: Record<string, unknown> }>(PAYOUTS)).myPayouts).toEqual({
      account: { status: 'ENABLED', requirementsDue: [] },
      owed: [],
      paidOut: [{ currency: 'EUR', amountMinor: 13_500 }],
      transfers: [{ status: 'SUCCEEDED', amountMinor: 13_500 }],
    });

    // The VA gives the rest back: a Refund on the PaymentIntent.
    await va.ok('mutation($input: RefundMilestoneInput!) { refundMilestone(input: $input) { status } }', {
      input: { milestoneId, amountMinor: 5_000 },
    });
    expect(stub.objects('refund')).toEqual([
      expect.objectContaining({ amount: 5_000, payment_intent: intent?.id, status: 'succeeded' }),
    ]);
    expect(await milestone(contractId)).toEqual({
      status: 'RELEASED',
      money: { fundedMinor: 20_000, releasedMinor: 15_000, refundedMinor: 5_000, heldMinor: 0 },
    });
    // What Stripe holds for us is what the ledger's clearing account says: charged − refunded − transferred.
    const clearing = await testApp.app.get(LedgerService).balance(Accounts.clearing);
    expect(clearing.get('EUR')).toBe(20_000 - 5_000 - 13_500);
    expect((await testApp.app.get(LedgerService).balance(Accounts.fees)).get('EUR')).toBe(-1_500);
    await expectLedgerBalanced();
  });

  it('refuses unsigned, mis-signed, tampered, stale and future deliveries with 400 and stores nothing', async () => {
    const before = await storedEvents();
    const intent = { id: 'pi_not_ours', object: 'payment_intent' };
    const now = Math.floor(Date.now() / 1000);
    const good = stub.signedEvent('payment_intent.succeeded', intent, WEBHOOK_SECRET);
    const refusals = [
      deliver(good.payload),
      deliver(good.payload, stub.signedEvent('payment_intent.succeeded', intent, 'whsec_someone_else').signature),
      deliver(good.payload.replace('"payment_intent.succeeded"', '"account.updated"'), good.signature),
      deliver(...signed(stub.signedEvent('payment_intent.succeeded', intent, WEBHOOK_SECRET, now - 301))),
      deliver(...signed(stub.signedEvent('payment_intent.succeeded', intent, WEBHOOK_SECRET, now + 301))),
    ];
    for (const response of await Promise.all(refusals)) {
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'WEBHOOK_SIGNATURE_INVALID' } });
    }
    expect((await deliver('not json', good.signature)).statusCode).toBe(400);
    expect(await storedEvents()).toBe(before);
    // Within the tolerance either way is accepted (clocks differ a little).
    const slightlyAhead = stub.signedEvent('payment_intent.succeeded', intent, WEBHOOK_SECRET, now + 60);
    expect((await deliver(slightlyAhead.payload, slightlyAhead.signature)).statusCode).toBe(200);
    expect(await storedEvents()).toBe(before + 1);
  });

  it('stores a repeated delivery once, processes it once, and lets late or foreign events change nothing', async () => {
    const { contractId, intent } = await fundedMilestone(8_000);
    const event = stub.signedEvent('payment_intent.succeeded', intent, WEBHOOK_SECRET);
    const first = await deliver(event.payload, event.signature);
    const again = await deliver(event.payload, event.signature);
    expect([first.json(), again.json()]).toEqual([
      { received: true, duplicate: false },
      { received: true, duplicate: true },
    ]);
    const [{ jobs }] = await dataSource.query(
      `SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = 'stripe.process-event' AND data->>'eventId' = $1`,
      [event.id],
    );
    expect(jobs).toBe(1);
    await webhooks().process(event.id);
    await webhooks().process(event.id);
    // A failure event arriving after the success: Stripe now says succeeded, so nothing is recorded.
    expect(await sendEvent('payment_intent.payment_failed', intent)).toBe('settled');
    const [{ payments }] = await dataSource.query(
      `SELECT count(*)::int AS payments FROM ledger_transactions t WHERE t.kind = 'payment' AND t.milestone_id =
       (SELECT id FROM contract_milestones WHERE contract_id = $1)`,
      [contractId],
    );
    expect(payments).toBe(1);
    expect((await milestone(contractId))?.money).toEqual({
      fundedMinor: 8_000,
      releasedMinor: 0,
      refundedMinor: 0,
      heldMinor: 8_000,
    });
    // Events about objects that are not Delegate's, or of kinds escrow does not use, are kept and ignored.
    const foreign = { ...intent, id: 'pi_not_ours' };
    expect(await sendEvent('payment_intent.succeeded', foreign)).toBe('unknown');
    expect(await sendEvent('charge.dispute.created', intent)).toBe('ignored');
    await expectLedgerBalanced();
  });

  it('repairs a lost answer from Stripe on retry without a second transfer or refund', async () => {
    const { milestoneId } = await fundedMilestone(10_000);
    const transfersBefore = stub.objects('transfer').length;
    // Stripe makes the transfer but every answer is lost (the SDK's own retries included).
    stub.fault({ method: 'POST', path: /^\/v1\/transfers$/, mode: 'lose-answer', times: 3 });
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { status } }', {
      input: { milestoneId },
    });
    expect(stub.objects('transfer')).toHaveLength(transfersBefore + 1);
    const [operation] = await dataSource.query(
      `SELECT id, status, last_error FROM payment_operations WHERE kind = 'transfer' AND milestone_id = $1`,
      [milestoneId],
    );
    expect(operation).toMatchObject({ status: 'pending', last_error: expect.stringContaining('ProviderError') });
    const payable = () => testApp.app.get(LedgerService).balance(Accounts.payable(vaId));
    expect((await payable()).get('EUR')).toBe(-9_000);
    // The retry sends the same idempotency key: Stripe answers with the transfer it made.
    await testApp.app.get(PaymentOperationsService).run(operation.id);
    expect(stub.objects('transfer')).toHaveLength(transfersBefore + 1);
    const [done] = await dataSource.query('SELECT status, provider_object_id FROM payment_operations WHERE id = $1', [
      operation.id,
    ]);
    expect(done).toEqual({ status: 'succeeded', provider_object_id: stub.objects('transfer').at(-1)?.id });
    expect((await payable()).get('EUR')).toBe(0);

    // A refund whose first attempt meets an outage is made once when retried.
    const second = await fundedMilestone(6_000);
    stub.fault({ method: 'POST', path: /^\/v1\/refunds$/, mode: 'unavailable', times: 1 });
    await va.ok('mutation($input: RefundMilestoneInput!) { refundMilestone(input: $input) { status } }', {
      input: { milestoneId: second.milestoneId, amountMinor: 6_000 },
    });
    const [refund] = await dataSource.query(
      `SELECT id, status FROM payment_operations WHERE kind = 'refund' AND milestone_id = $1`,
      [second.milestoneId],
    );
    expect(refund.status).toBe('pending');
    await testApp.app.get(PaymentOperationsService).run(refund.id);
    await testApp.app.get(PaymentOperationsService).run(refund.id);
    expect(stub.objects('refund').filter((object) => object.payment_intent === second.intent.id)).toHaveLength(1);
    await expectLedgerBalanced();
  });

  it('reconciles Stripe with the ledger: in agreement, then a reversed transfer is reported', async () => {
    const reconciliation = testApp.app.get(ReconciliationService);
    const clean = await reconciliation.run(null);
    expect(clean).toMatchObject({ provider: 'stripe', differenceCount: 0 });
    expect(clean.checkedCount).toBeGreaterThanOrEqual(8);
    const transfer = stub.objects('transfer')[0] as StubObject;
    stub.update(transfer.id, { amount_reversed: 500 });
    const found = await reconciliation.run(null);
    expect(await reconciliation.differences(found.id)).toEqual([
      expect.objectContaining({
        kind: 'amount_differs',
        objectType: 'transfer',
        providerObjectId: transfer.id,
        ledgerMinor: transfer.amount,
        providerMinor: (transfer.amount as number) - 500,
      }),
    ]);
  });

  it('saves a card with a SetupIntent and charges hourly weeks to it off-session; a failing card asks for another', async () => {
    const week = await pastHourlyWeek(testApp, PASSWORD, { paid: false });
    const start = async () => {
      const { startCardSetup } = await week.owner.ok<{
        startCardSetup: { id: string; provider: string; clientSecret: string; publishableKey: string };
      }>('mutation { startCardSetup { id provider clientSecret publishableKey } }');
      expect(startCardSetup).toMatchObject({ provider: 'STRIPE', publishableKey: 'pk_test_delegate' });
      return { cardId: startCardSetup.id, setupId: startCardSetup.clientSecret.split('_secret_')[0] as string };
    };
    const charges = testApp.app.get(SavedCardChargesService);

    // A card that saves but declines charges, saved in the browser and synced.
    const failing = await start();
    await browserStripe.setupIntents.confirm(failing.setupId, {
      payment_method: TEST_PAYMENT_METHODS.chargeCustomerFail,
    });
    const { syncCardSetup } = await week.owner.ok<{ syncCardSetup: Record<string, unknown> }>(
      'mutation($cardId: ID!) { syncCardSetup(cardId: $cardId) { status brand last4 } }',
      { cardId: failing.cardId },
    );
    expect(syncCardSetup).toEqual({ status: 'ACTIVE', brand: 'visa', last4: '0341' });
    const [customer] = stub.objects('customer');
    expect(stub.get(failing.setupId)).toMatchObject({ customer: customer?.id, usage: 'off_session' });
    expect(await charges.chargeDue()).toBe(0);
    expect((await week.milestones())[0]).toMatchObject({ status: 'PENDING' });
    const intents = stub.objects('payment_intent').filter((intent) => intent.customer === customer?.id);
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({ status: 'requires_payment_method', amount: 15_000 });

    // A good card, saved through the webhook this time: the same PaymentIntent is charged with it.
    const good = await start();
    await browserStripe.setupIntents.confirm(good.setupId, { payment_method: TEST_PAYMENT_METHODS.visa });
    expect(await sendEvent('setup_intent.succeeded', stub.get(good.setupId))).toBe('saved');
    expect(await charges.chargeDue()).toBe(1);
    expect((await week.milestones())[0]).toMatchObject({ status: 'FUNDED', money: { heldMinor: 15_000 } });
    expect(stub.get(intents[0]?.id as string)).toMatchObject({ status: 'succeeded', amount_received: 15_000 });
    await expectLedgerBalanced();
  });

  it('exercised every Stripe request escrow makes, in the shapes Stripe documents', () => {
    expect([...stub.shapes].sort()).toEqual([
      'GET /v1/accounts/:id',
      'GET /v1/payment_intents/:id',
      'GET /v1/payment_methods/:id',
      'GET /v1/refunds/:id',
      'GET /v1/setup_intents/:id',
      'GET /v1/transfers/:id',
      'POST /v1/account_links account,refresh_url,return_url,type',
      'POST /v1/accounts business_type,capabilities[transfers][requested],country,email,type',
      'POST /v1/customers metadata[…],name',
      'POST /v1/payment_intents amount,automatic_payment_methods[allow_redirects],automatic_payment_methods[enabled],currency,customer,description,metadata[…],transfer_group',
      'POST /v1/payment_intents amount,automatic_payment_methods[allow_redirects],automatic_payment_methods[enabled],currency,description,metadata[…],transfer_group',
      'POST /v1/payment_intents/:id/confirm off_session,payment_method',
      'POST /v1/payment_intents/:id/confirm payment_method',
      'POST /v1/refunds amount,payment_intent',
      'POST /v1/setup_intents automatic_payment_methods[allow_redirects],automatic_payment_methods[enabled],customer,metadata[…],usage',
      'POST /v1/setup_intents/:id/confirm payment_method',
      'POST /v1/transfers amount,currency,destination,source_transaction,transfer_group',
    ]);
  });
});

function signed(event: { payload: string; signature: string }): [string, string] {
  return [event.payload, event.signature];
}
