import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const rejectedAsInvalid = (result: {
  status: number;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}) => result.errors?.every((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');

describe('GraphQL query limits', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    // Low limits so the small foundation schema can reach them.
    testApp = await startTestApp({ GRAPHQL_MAX_DEPTH: '2', GRAPHQL_MAX_ALIASES: '3' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('accepts a query within the limits', async () => {
    const result = await testApp.agent().request('{ a: me { id } b: me { email } }');
    expect(result.status).toBe(200);
    expect(result.errors).toBeUndefined();
  });

  it('rejects an over-deep query with a clear error', async () => {
    const result = await testApp.agent().request('{ me { organization { name } } }');
    expect(rejectedAsInvalid(result)).toBe(true);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('counts the depth of the selection, whether or not it is written with fragments', async () => {
    const flat = await testApp.agent().request('query { me { ...Who } } fragment Who on Viewer { id }');
    expect(flat.errors).toBeUndefined();
    const hidden = await testApp
      .agent()
      .request('query { me { ...Where } } fragment Where on Viewer { organization { name } }');
    expect(rejectedAsInvalid(hidden)).toBe(true);
    expect(hidden.errors?.[0]?.message).toMatch(/depth/i);
  });

  it('rejects an alias flood with a clear error', async () => {
    const result = await testApp
      .agent()
      .request('{ a: me { id } b: me { id } c: me { id } d: me { id } e: me { id } }');
    expect(rejectedAsInvalid(result)).toBe(true);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('answers every refused query with one status, whichever rule refused it, as GraphQL over HTTP asks', async () => {
    const agent = testApp.agent();
    const refused = [
      '{ me { organization { name } } }',
      '{ a: me { id } b: me { id } c: me { id } d: me { id } e: me { id } }',
      '{ mee { id } }',
      '{ me { id ',
      '{ outboxEmails(limit: "x") { totalCount } }',
    ];
    // A client that reads GraphQL responses (Apollo Client asks for them first) is told 400; one that
    // reads only JSON gets 200, as for any well-formed request.
    const apollo = { accept: 'application/graphql-response+json,application/json;q=0.9' };
    for (const query of refused) {
      const result = await agent.request(query, undefined, { headers: apollo });
      const legacy = await agent.request(query, undefined, { headers: { accept: 'application/json' } });
      expect({ query, status: result.status, legacy: legacy.status, invalid: rejectedAsInvalid(result) }).toEqual({
        query,
        status: 400,
        legacy: 200,
        invalid: true,
      });
    }
  });

  it('answers in application/graphql-response+json to clients that take it, and in JSON to the rest', async () => {
    const contentType = async (accept: string) =>
      (
        await testApp.app
          .getHttpAdapter()
          .getInstance()
          .inject({
            method: 'POST',
            url: '/graphql',
            headers: { 'content-type': 'application/json', 'x-delegate-csrf': '1', accept },
            payload: JSON.stringify({ query: '{ __typename }' }),
          })
      ).headers['content-type'];
    expect(await contentType('application/graphql-response+json, application/json;q=0.9')).toBe(
      'application/graphql-response+json; charset=utf-8',
    );
    expect(await contentType('application/json')).toMatch(/^application\/json/);
    expect(await contentType('application/graphql-response+json;q=0, application/json')).toMatch(/^application\/json/);
  });

  it('allows introspection outside production', async () => {
    const result = await testApp.agent().request('{ __schema { queryType { name } } }');
    expect(result.errors).toBeUndefined();
  });
});

describe('GraphQL in production', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://delegate.example',
      PAYMENTS_PROVIDER: 'sandbox',
      SMTP_URL: 'smtp://127.0.0.1:2525',
    });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('hides introspection', async () => {
    const result = await testApp.agent().request('{ __schema { queryType { name } } }');
    expect(rejectedAsInvalid(result)).toBe(true);
    expect(result.errors?.[0]?.message).toMatch(/introspection/i);
  });

  it('gives no "Did you mean" hints about the schema', async () => {
    const result = await testApp.agent().request('{ mee { id } }');
    expect(result.errors?.[0]?.message).toBe('Cannot query field "mee" on type "Query".');
  });

  it('serves no GraphiQL page', async () => {
    const fastify = testApp.app.getHttpAdapter().getInstance();
    const response = await fastify.inject({ method: 'GET', url: '/graphiql' });
    expect(response.statusCode).toBe(404);
  });
});

describe('HTTP surface', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('answers health and readiness', async () => {
    const fastify = testApp.app.getHttpAdapter().getInstance();
    expect((await fastify.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    expect((await fastify.inject({ method: 'GET', url: '/readyz' })).json()).toEqual({ status: 'ready' });
  });

  it('refuses a GraphQL request without the CSRF header', async () => {
    const fastify = testApp.app.getHttpAdapter().getInstance();
    const response = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().errors[0].extensions.code).toBe('CSRF_REJECTED');
  });

  it('echoes a request id and accepts null extensions', async () => {
    const fastify = testApp.app.getHttpAdapter().getInstance();
    const response = await fastify.inject({
      method: 'POST',
      url: '/graphql',
      headers: { 'content-type': 'application/json', 'x-delegate-csrf': '1', 'x-request-id': 'req-123' },
      payload: JSON.stringify({ query: '{ me { id } }', extensions: null }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['x-request-id']).toBe('req-123');
  });
});
