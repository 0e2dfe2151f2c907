import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import qs from 'qs';
import Stripe from 'stripe';

/**
 * A test-only Stripe API server for the real `stripe` SDK (pointed at it with STRIPE_API_URL). Each
 * answer is Stripe's own example object of the resource (`../shared/stripe/fixtures3.json`, the set
 * stripe-mock serves) merged with the request's parameters and a fresh id, plus the few rules escrow
 * relies on: idempotent replays, card confirmation, refunds and transfers bounded by the charge,
 * transfers only to accounts that may receive them. It also records every request shape it served.
 */
const FIXTURES_PATH =
  process.env.STRIPE_FIXTURES ?? fileURLToPath(new URL('../../../../../shared/stripe/fixtures3.json', import.meta.url));

type StripeObject = Record<string, unknown> & { id: string; object: string };
type Params = Record<string, unknown>;
type Answer = { status: number; body: unknown };

/**
 * Test payment methods, as Stripe's test mode names them; `chargeCustomerFail` is saved to a
 * customer like a good card, and declined when charged.
 */
export const TEST_PAYMENT_METHODS = {
  visa: 'pm_card_visa',
  declined: 'pm_card_chargeDeclined',
  chargeCustomerFail: 'pm_card_chargeCustomerFail',
} as const;

export interface StripeFault {
  method: 'GET' | 'POST';
  path: RegExp;
  /** `unavailable`: a 500 before acting; `lose-answer`: acts, then drops the connection unanswered. */
  mode: 'unavailable' | 'lose-answer';
  times: number;
}

export interface StripeStub {
  url: string;
  /** Every distinct request the stub served: method, path template and parameter names. */
  shapes: Set<string>;
  /** The objects of one kind (`payment_intent`, `transfer`, …), in creation order. */
  objects(kind: string): StripeObject[];
  get(id: string): StripeObject;
  /** Changes an object as Stripe would on its own (an account finishing onboarding). */
  update(id: string, patch: Params): StripeObject;
  /** The next matching requests fail this way. */
  fault(fault: StripeFault): void;
  /** A webhook delivery of `object` as event `type`, signed with `secret` at `timestamp` (seconds). */
  signedEvent(
    type: string,
    object: StripeObject,
    secret: string,
    timestamp?: number,
  ): { id: string; payload: string; signature: string };
  close(): Promise<void>;
}

export async function startStripeStub(): Promise<StripeStub> {
  const fixtures = (JSON.parse(readFileSync(FIXTURES_PATH, 'utf8')) as { resources: Record<string, StripeObject> })
    .resources;
  const objects = new Map<string, StripeObject>();
  const replays = new Map<string, { request: string; answer: Answer }>();
  const shapes = new Set<string>();
  let faults: StripeFault[] = [];

  const create = (kind: string, prefix: string, fields: Params): StripeObject => {
    const fixture = structuredClone(fixtures[kind]);
    if (!fixture) throw new Error(`No fixture for ${kind}`);
    const object = {
      ...fixture,
      ...fields,
      id: `${prefix}_${randomBytes(12).toString('hex')}`,
      object: kind,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    };
    objects.set(object.id, object);
    return object;
  };
  const find = (id: string | undefined, kind: string): StripeObject | undefined => {
    const object = id ? objects.get(id) : undefined;
    return object?.object === kind ? object : undefined;
  };

  const routes: Array<{ method: string; template: string; handle: (params: Params, id?: string) => Answer }> = [
    {
      method: 'POST',
      template: '/v1/payment_intents',
      handle: (params) => {
        const amount = Number(params.amount);
        if (!Number.isInteger(amount) || amount < 50) return invalid('amount', 'Amount must be at least 50 cents.');
        if (typeof params.currency !== 'string') return invalid('currency', 'Missing required param: currency.');
        const intent = create('payment_intent', 'pi', {
          amount,
          currency: params.currency,
          amount_received: 0,
          amount_capturable: 0,
          status: 'requires_payment_method',
          capture_method: 'automatic',
          description: params.description ?? null,
          customer: params.customer ?? null,
          metadata: params.metadata ?? {},
          transfer_group: params.transfer_group ?? null,
          automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
          latest_charge: null,
          last_payment_error: null,
          next_action: null,
          processing: null,
          canceled_at: null,
          transfer_data: null,
        });
        intent.client_secret = `${intent.id}_secret_${randomBytes(8).toString('hex')}`;
        return ok(intent);
      },
    },
    {
      method: 'GET',
      template: '/v1/payment_intents/:id',
      handle: (_params, id) => orMissing(find(id, 'payment_intent'), id),
    },
    {
      method: 'POST',
      template: '/v1/payment_intents/:id/confirm',
      handle: (params, id) => {
        const intent = find(id, 'payment_intent');
        if (!intent) return missing(id);
        if (intent.status === 'succeeded') {
          return invalid('', 'This PaymentIntent has already succeeded.', 'payment_intent_unexpected_state');
        }
        // A card saved by a SetupIntent: it belongs to the intent's customer, and may decline.
        const saved = find(params.payment_method as string, 'payment_method');
        if (saved && saved.customer !== intent.customer) {
          return invalid('payment_method', 'The payment method belongs to another customer.');
        }
        const declines = params.payment_method === TEST_PAYMENT_METHODS.declined || saved?.metadata_declines === true;
        if (declines) {
          const error = {
            type: 'card_error',
            code: 'card_declined',
            decline_code: 'generic_decline',
            message: 'Your card was declined.',
          };
          Object.assign(intent, { status: 'requires_payment_method', last_payment_error: error });
          return { status: 402, body: { error: { ...error, payment_intent: intent } } };
        }
        if (params.payment_method !== TEST_PAYMENT_METHODS.visa && !saved) {
          return invalid('payment_method', `No such PaymentMethod: '${String(params.payment_method)}'`);
        }
        const charge = create('charge', 'ch', {
          amount: intent.amount,
          amount_captured: intent.amount,
          amount_refunded: 0,
          refunded: false,
          captured: true,
          paid: true,
          status: 'succeeded',
          currency: intent.currency,
          payment_intent: intent.id,
          transfer_group: intent.transfer_group,
          metadata: intent.metadata,
        });
        Object.assign(intent, {
          status: 'succeeded',
          amount_received: intent.amount,
          latest_charge: charge.id,
          last_payment_error: null,
          payment_method: params.payment_method,
        });
        return ok(intent);
      },
    },
    {
      method: 'POST',
      template: '/v1/refunds',
      handle: (params) => {
        const intent = find(params.payment_intent as string, 'payment_intent');
        if (!intent) return missing(params.payment_intent as string);
        const charge = find(intent.latest_charge as string, 'charge');
        if (!charge)
          return invalid('payment_intent', 'This PaymentIntent does not have a successful charge to refund.');
        const left = (charge.amount as number) - (charge.amount_refunded as number);
        const amount = params.amount === undefined ? left : Number(params.amount);
        if (!Number.isInteger(amount) || amount <= 0) return invalid('amount', 'Invalid positive integer');
        if (amount > left) {
          return invalid(
            'amount',
            `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
            'amount_too_large',
          );
        }
        Object.assign(charge, {
          amount_refunded: (charge.amount_refunded as number) + amount,
          refunded: amount === left,
        });
        return ok(
          create('refund', 're', {
            amount,
            currency: charge.currency,
            charge: charge.id,
            payment_intent: intent.id,
            status: 'succeeded',
            metadata: params.metadata ?? {},
          }),
        );
      },
    },
    { method: 'GET', template: '/v1/refunds/:id', handle: (_params, id) => orMissing(find(id, 'refund'), id) },
    {
      method: 'POST',
      template: '/v1/customers',
      handle: (params) =>
        ok(create('customer', 'cus', { name: params.name ?? null, metadata: params.metadata ?? {}, discount: null })),
    },
    {
      method: 'POST',
      template: '/v1/setup_intents',
      handle: (params) => {
        if (!find(params.customer as string, 'customer')) {
          return invalid('customer', `No such customer: '${String(params.customer)}'`);
        }
        const setup = create('setup_intent', 'seti', {
          customer: params.customer,
          usage: params.usage ?? 'off_session',
          status: 'requires_payment_method',
          payment_method: null,
          last_setup_error: null,
          next_action: null,
          latest_attempt: null,
          automatic_payment_methods: params.automatic_payment_methods ?? { enabled: false },
          metadata: params.metadata ?? {},
        });
        setup.client_secret = `${setup.id}_secret_${randomBytes(8).toString('hex')}`;
        return ok(setup);
      },
    },
    {
      method: 'GET',
      template: '/v1/setup_intents/:id',
      handle: (_params, id) => orMissing(find(id, 'setup_intent'), id),
    },
    {
      // What Stripe.js does in the business's browser: the card is saved to the customer.
      method: 'POST',
      template: '/v1/setup_intents/:id/confirm',
      handle: (params, id) => {
        const setup = find(id, 'setup_intent');
        if (!setup) return missing(id);
        const chargeFails = params.payment_method === TEST_PAYMENT_METHODS.chargeCustomerFail;
        if (params.payment_method !== TEST_PAYMENT_METHODS.visa && !chargeFails) {
          return invalid('payment_method', `No such PaymentMethod: '${String(params.payment_method)}'`);
        }
        const fixture = fixtures.payment_method as Params;
        const method = create('payment_method', 'pm', {
          customer: setup.customer,
          card: { ...(fixture.card as Params), brand: 'visa', last4: chargeFails ? '0341' : '4242' },
          metadata: {},
          metadata_declines: chargeFails,
        });
        Object.assign(setup, { status: 'succeeded', payment_method: method.id, last_setup_error: null });
        return ok(setup);
      },
    },
    {
      method: 'GET',
      template: '/v1/payment_methods/:id',
      handle: (_params, id) => {
        const method = find(id, 'payment_method');
        if (!method) return missing(id);
        const { metadata_declines: _declines, ...visible } = method;
        return ok(visible);
      },
    },
    {
      method: 'POST',
      template: '/v1/transfers',
      handle: (params) => {
        const amount = Number(params.amount);
        if (!Number.isInteger(amount) || amount <= 0) return invalid('amount', 'Invalid positive integer');
        const account = find(params.destination as string, 'account');
        if (!account) return invalid('destination', `No such destination: '${String(params.destination)}'`);
        if ((account.capabilities as Params | undefined)?.transfers !== 'active') {
          return invalid(
            'destination',
            'Your destination account needs to have at least one of the following capabilities enabled: transfers',
            'insufficient_capabilities_for_transfer',
          );
        }
        if (params.source_transaction !== undefined) {
          const charge = find(params.source_transaction as string, 'charge');
          if (!charge) return invalid('source_transaction', `No such charge: '${String(params.source_transaction)}'`);
          const transferred = [...objects.values()]
            .filter((object) => object.object === 'transfer' && object.source_transaction === charge.id)
            .reduce((sum, transfer) => sum + (transfer.amount as number), 0);
          if (charge.currency !== params.currency || transferred + amount > (charge.amount as number)) {
            return invalid('amount', 'The transfer is larger than what is left of its source transaction.');
          }
        }
        return ok(
          create('transfer', 'tr', {
            amount,
            amount_reversed: 0,
            reversed: false,
            currency: params.currency,
            destination: account.id,
            source_transaction: params.source_transaction ?? null,
            transfer_group: params.transfer_group ?? null,
            metadata: params.metadata ?? {},
            reversals: { object: 'list', data: [], has_more: false, url: '/v1/transfers/reversals' },
          }),
        );
      },
    },
    { method: 'GET', template: '/v1/transfers/:id', handle: (_params, id) => orMissing(find(id, 'transfer'), id) },
    {
      method: 'POST',
      template: '/v1/accounts',
      handle: (params) =>
        ok(
          create('account', 'acct', {
            type: params.type ?? 'standard',
            email: params.email ?? null,
            country: params.country ?? 'US',
            business_type: params.business_type ?? null,
            charges_enabled: false,
            payouts_enabled: false,
            details_submitted: false,
            capabilities: { transfers: 'inactive' },
            requirements: {
              ...(fixtures.account?.requirements as Params),
              currently_due: ['external_account', 'individual.verification.document', 'tos_acceptance.date'],
              disabled_reason: 'requirements.past_due',
            },
          }),
        ),
    },
    { method: 'GET', template: '/v1/accounts/:id', handle: (_params, id) => orMissing(find(id, 'account'), id) },
    {
      method: 'POST',
      template: '/v1/account_links',
      handle: (params) => {
        const account = find(params.account as string, 'account');
        if (!account) return invalid('account', `No such account: '${String(params.account)}'`);
        if (!params.return_url || !params.refresh_url || params.type !== 'account_onboarding') {
          return invalid('type', 'An account link needs type, return_url and refresh_url.');
        }
        const link = {
          ...structuredClone(fixtures.account_link),
          created: Math.floor(Date.now() / 1000),
          expires_at: Math.floor(Date.now() / 1000) + 300,
          url: `https://connect.stripe.com/setup/e/${account.id}/${randomBytes(8).toString('hex')}`,
        };
        return ok(link);
      },
    },
  ];

  const answer = (request: IncomingMessage, body: string): Answer & { template?: string } => {
    if (!request.headers.authorization?.startsWith('Bearer sk_test_')) {
      return { status: 401, body: { error: { type: 'invalid_request_error', message: 'Invalid API Key provided' } } };
    }
    const [path = '', query = ''] = (request.url ?? '').split('?');
    for (const route of routes) {
      const id = matchPath(route.template, path);
      if (route.method !== request.method || id === null) continue;
      const params = qs.parse(request.method === 'GET' ? query : body) as Params;
      shapes.add(`${route.method} ${route.template} ${shapeOf(params)}`.trim());
      return { ...route.handle(params, id || undefined), template: route.template };
    }
    return {
      status: 404,
      body: {
        error: { type: 'invalid_request_error', message: `Unrecognized request URL (${request.method}: ${path})` },
      },
    };
  };

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = (request.url ?? '').split('?')[0] ?? '';
      const fault = faults.find((f) => f.method === request.method && f.path.test(path) && f.times > 0);
      if (fault) fault.times -= 1;
      if (fault?.mode === 'unavailable') {
        send(
          response,
          { status: 500, body: { error: { type: 'api_error', message: 'Stripe is unavailable.' } } },
          false,
        );
        return;
      }
      const key = request.headers['idempotency-key'] as string | undefined;
      const fingerprint = `${request.method} ${path} ${body}`;
      const replay = key ? replays.get(key) : undefined;
      let result: Answer;
      if (replay && replay.request !== fingerprint) {
        result = invalid(
          '',
          'Keys for idempotent requests can only be used with the same parameters they were first used with.',
          'idempotency_key_in_use',
          'idempotency_error',
        );
      } else if (replay) {
        result = replay.answer;
      } else {
        result = answer(request, body);
        if (key && request.method === 'POST' && result.status < 500)
          replays.set(key, { request: fingerprint, answer: result });
      }
      if (fault?.mode === 'lose-answer') {
        response.socket?.destroy();
        return;
      }
      send(response, result, true, Boolean(replay));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const signer = new Stripe('sk_test_stub');

  return {
    url: `http://127.0.0.1:${port}`,
    shapes,
    objects: (kind) => [...objects.values()].filter((object) => object.object === kind),
    get: (id) => {
      const object = objects.get(id);
      if (!object) throw new Error(`The stub holds no ${id}`);
      return object;
    },
    update: (id, patch) => {
      const object = objects.get(id);
      if (!object) throw new Error(`The stub holds no ${id}`);
      return Object.assign(object, patch);
    },
    fault: (fault) => {
      faults = [...faults.filter((f) => f.times > 0), { ...fault }];
    },
    signedEvent: (type, object, secret, timestamp = Math.floor(Date.now() / 1000)) => {
      const event = {
        ...structuredClone(fixtures.event),
        id: `evt_${randomBytes(12).toString('hex')}`,
        type,
        created: timestamp,
        data: { object: structuredClone(object) },
        request: { id: null, idempotency_key: null },
      };
      const payload = JSON.stringify(event);
      return {
        id: event.id,
        payload,
        signature: signer.webhooks.generateTestHeaderString({ payload, secret, timestamp }),
      };
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function send(response: ServerResponse, answer: Answer, retryable: boolean, replayed = false): void {
  response.writeHead(answer.status, {
    'content-type': 'application/json',
    'request-id': `req_${randomBytes(8).toString('hex')}`,
    'stripe-should-retry': String(retryable && answer.status >= 500),
    ...(replayed ? { 'idempotent-replayed': 'true' } : {}),
  });
  response.end(JSON.stringify(answer.body));
}

const ok = (body: unknown): Answer => ({ status: 200, body });
const orMissing = (object: StripeObject | undefined, id: string | undefined): Answer =>
  object ? ok(object) : missing(id);
const missing = (id: string | undefined): Answer => ({
  status: 404,
  body: { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such object: '${id}'` } },
});
function invalid(param: string, message: string, code = 'parameter_invalid', type = 'invalid_request_error'): Answer {
  return { status: 400, body: { error: { type, code, param, message } } };
}

/** `''` when the template matches without an id, the id when it has one, null when it does not match. */
function matchPath(template: string, path: string): string | null {
  const pattern = new RegExp(`^${template.replace(':id', '([^/]+)')}$`);
  const match = pattern.exec(path);
  return match ? (match[1] ?? '') : null;
}

/** Parameter names, nested with brackets; metadata's own keys and list positions are not part of a shape. */
function shapeOf(params: Params, prefix = ''): string {
  const names: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    const path = prefix ? `${prefix}[${Array.isArray(params) ? '' : name}]` : name;
    if (path === 'metadata') names.push('metadata[…]');
    else if (value && typeof value === 'object') names.push(shapeOf(value as Params, path));
    else names.push(path);
  }
  return [...new Set(names)].sort().join(',');
}
