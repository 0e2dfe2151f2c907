import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganization, createUser } from '../../../src/seed/factories.js';
import { contractParties, liveProposal } from '../../support/contracts.js';
import { receivedBy } from '../../support/outbox.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;
const REQUEST_RESET = `mutation($email: String!) { requestPasswordReset(input: { email: $email }) }`;
const RESET = `mutation($token: String!, $password: String!) { resetPassword(input: { token: $token, newPassword: $password }) }`;
const OUTBOX = '{ outboxEmails(limit: 100) { items { toAddress template status bodyText } } }';
const AUDIT = `query($action: String!) { auditLog(action: $action) { items { action actorId targetId } } }`;

describe('secrets in e-mails', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('cannot be read back by ops: a vetter who requests the admin’s reset never sees the link', async () => {
    const admin = await createUser(testApp.dataSource, 'ops', { opsRole: 'admin', password: 'admin password' });
    const vetter = await createUser(testApp.dataSource, 'ops', { opsRole: 'vetter', password: 'vetter password' });
    const vetterAgent = testApp.agent();
    await vetterAgent.signIn(vetter.email, 'vetter password', 'OPS');
    await vetterAgent.ok(REQUEST_RESET, { email: admin.email });
    const { token } = await receivedBy(testApp, admin.email);
    expect(token).toBeDefined();

    // The delivery log is for ops admins only…
    const refused = await vetterAgent.request(OUTBOX);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // …and even they see the e-mail with its link redacted.
    const adminAgent = testApp.agent();
    await adminAgent.signIn(admin.email, 'admin password', 'OPS');
    const log = await adminAgent.ok<{
      outboxEmails: { items: Array<{ toAddress: string; template: string; status: string; bodyText: string }> };
    }>(OUTBOX);
    const reset = log.outboxEmails.items.find((email) => email.toAddress === admin.email);
    expect(reset).toMatchObject({ template: 'passwordReset', status: 'SENT' });
    expect(reset?.bodyText).toContain('[link sent to the recipient only]');
    expect(reset?.bodyText).not.toContain(token);

    // Nothing in the database holds the token: not the log, not the token table (only its hash).
    const [{ hits }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS hits FROM outbox_emails WHERE body_text LIKE '%' || $1 || '%' OR subject LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(hits).toBe(0);
  });

  it('keeps invitation links out of the delivery log too', async () => {
    const { owner } = await createOrganization(testApp.dataSource, { owner: { password: 'owner password' } });
    const agent = testApp.agent();
    await agent.signIn(owner.email, 'owner password', 'CLIENT');
    await agent.ok('mutation { inviteMember(input: { email: "invitee@kettle.example", role: FINANCE }) { id } }');
    const { token } = await receivedBy(testApp, 'invitee@kettle.example');
    const [{ hits }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS hits FROM outbox_emails WHERE body_text LIKE '%' || $1 || '%'`,
      [token],
    );
    expect(hits).toBe(0);
  });

  it('audits password resets, password changes and sign-ins from a new device', async () => {
    const { owner: user } = await createOrganization(testApp.dataSource, { owner: { password: 'first password' } });
    const laptop = testApp.agent();
    await laptop.signIn(user.email, 'first password', 'CLIENT');
    await laptop.ok(`mutation { signOut }`);
    await laptop.signIn(user.email, 'first password', 'CLIENT');
    await laptop.ok(
      'mutation { changePassword(input: { currentPassword: "first password", newPassword: "second password" }) }',
    );
    await testApp.agent().ok(REQUEST_RESET, { email: user.email });
    const { token } = await receivedBy(testApp, user.email);
    await testApp.agent().ok(RESET, { token, password: 'third password' });

    const admin = await createUser(testApp.dataSource, 'ops', { opsRole: 'admin', password: 'admin password' });
    const auditor = testApp.agent();
    await auditor.signIn(admin.email, 'admin password', 'OPS');
    const count = async (action: string) => {
      const { auditLog } = await auditor.ok<{ auditLog: { items: Array<{ targetId: string }> } }>(AUDIT, { action });
      return auditLog.items.filter((entry) => entry.targetId === user.id).length;
    };
    // The laptop's second sign-in is from a device the account knows.
    expect(await count('account.signed_in_new_device')).toBe(1);
    expect(await count('account.password_changed')).toBe(1);
    expect(await count('account.password_reset')).toBe(1);
  });
});

describe('sign-in throttling', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_MAX_FAILURES: '5' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  const attempt = (agent: ReturnType<TestApp['agent']>, email: string, password: string, headers = {}) =>
    agent.request(SIGN_IN, { input: { email, password, accountKind: 'CLIENT' } }, { headers });

  it('checks at most the limit of 50 parallel wrong passwords', async () => {
    const user = await createUser(testApp.dataSource, 'client', { password: 'the right password' });
    const agent = testApp.agent('203.0.113.10');
    const results = await Promise.all(Array.from({ length: 50 }, () => attempt(agent, user.email, 'a guess')));
    const codes = results.map((result) => result.errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code === 'INVALID_CREDENTIALS')).toHaveLength(5);
    expect(codes.filter((code) => code === 'TOO_MANY_ATTEMPTS')).toHaveLength(45);
  });

  it('never locks the owner out: a stranger is slowed down, the owner’s known browser is not', async () => {
    const owner = await createUser(testApp.dataSource, 'client', { password: 'the right password' });
    const ownersLaptop = testApp.agent('198.51.100.7');
    await ownersLaptop.signIn(owner.email, 'the right password', 'CLIENT');
    await ownersLaptop.ok('mutation { signOut }');

    // Strangers from many addresses, each within its own tight limit, spend the account's free attempts.
    for (let address = 1; address <= 12; address++) {
      await attempt(testApp.agent(`192.0.2.${address}`), owner.email, 'a guess');
    }
    const stranger = await attempt(testApp.agent('192.0.2.200'), owner.email, 'a guess');
    expect(stranger.errors?.[0]?.extensions).toMatchObject({ code: 'TOO_MANY_ATTEMPTS' });
    expect(stranger.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(60);

    const owners = await attempt(ownersLaptop, owner.email, 'the right password');
    expect(owners.errors).toBeUndefined();
  });

  it('believes no X-Forwarded-For by default, so rotating it does not reset the limit', async () => {
    const user = await createUser(testApp.dataSource, 'client', { password: 'the right password' });
    const agent = testApp.agent('203.0.113.20');
    const codes = [];
    for (let n = 0; n < 7; n++) {
      const result = await attempt(agent, user.email, 'a guess', { 'x-forwarded-for': `10.9.8.${n}` });
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('INVALID_CREDENTIALS'));
    expect(codes.slice(5)).toEqual(['TOO_MANY_ATTEMPTS', 'TOO_MANY_ATTEMPTS']);
  });

  it('lifts the limit once the owner resets the password', async () => {
    const user = await createUser(testApp.dataSource, 'client', { password: 'the old password' });
    const agent = testApp.agent('203.0.113.30');
    for (let n = 0; n < 6; n++) await attempt(agent, user.email, 'the wrong one');
    expect((await attempt(agent, user.email, 'the old password')).errors?.[0]?.extensions?.code).toBe(
      'TOO_MANY_ATTEMPTS',
    );
    await agent.ok(REQUEST_RESET, { email: user.email });
    const { token } = await receivedBy(testApp, user.email);
    await agent.ok(RESET, { token, password: 'the new password' });
    expect((await attempt(agent, user.email, 'the new password')).errors).toBeUndefined();
  });
});

describe('password reset requests', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('send at most three e-mails an hour to one account, however often they are asked for', async () => {
    const user = await createUser(testApp.dataSource, 'client');
    for (let n = 0; n < 6; n++) await testApp.agent(`203.0.113.${40 + n}`).ok(REQUEST_RESET, { email: user.email });
    // The worker takes requests in order: once a later one is sent, these were all handled.
    const marker = await createUser(testApp.dataSource, 'client');
    await testApp.agent('203.0.113.60').ok(REQUEST_RESET, { email: marker.email });
    await receivedBy(testApp, marker.email);
    const [{ sent }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS sent FROM outbox_emails WHERE to_address = $1`,
      [user.email],
    );
    expect(sent).toBe(3);
  });

  it('are refused past ten an hour from one address, whoever they name', async () => {
    const agent = testApp.agent('203.0.113.70');
    const codes = [];
    for (let n = 0; n < 11; n++) {
      const result = await agent.request(REQUEST_RESET, { email: `nobody${n}@example.test` });
      codes.push(result.errors?.[0]?.extensions?.code ?? 'OK');
    }
    expect(codes.slice(0, 10)).toEqual(Array(10).fill('OK'));
    expect(codes[10]).toBe('RATE_LIMITED');
  });
});

describe('password reset requests without a worker', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('do the same work whether the account exists or not: one queued task, no lookup, no e-mail', async () => {
    const user = await createUser(testApp.dataSource, 'client');
    const queued = async () =>
      (
        await testApp.dataSource.query(
          `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'identity.send-password-reset'`,
        )
      )[0].n as number;
    await testApp.agent().ok(REQUEST_RESET, { email: user.email });
    expect(await queued()).toBe(1);
    await testApp.agent().ok(REQUEST_RESET, { email: 'ghost@example.test' });
    expect(await queued()).toBe(2);
    const [{ tokens }] = await testApp.dataSource.query(`SELECT count(*)::int AS tokens FROM password_reset_tokens`);
    expect(tokens).toBe(0);
  });
});

describe('invitations and messages', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('send at most three invitations a day to one address, however often they are revoked and sent again', async () => {
    const { owner } = await createOrganization(testApp.dataSource, { owner: { password: 'owner password' } });
    const agent = testApp.agent();
    await agent.signIn(owner.email, 'owner password', 'CLIENT');
    const codes = [];
    for (let n = 0; n < 4; n++) {
      const result = await agent.request<{ inviteMember: { id: string } }>(
        'mutation { inviteMember(input: { email: "pestered@example.test", role: FINANCE }) { id } }',
      );
      codes.push(result.errors?.[0]?.extensions?.code ?? 'OK');
      if (result.data)
        await agent.ok('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: result.data.inviteMember.id });
    }
    expect(codes).toEqual(['OK', 'OK', 'OK', 'RATE_LIMITED']);
  });

  it('let one person write at most sixty messages an hour', async () => {
    const { owner, va, skillIds } = await contractParties(testApp, 'messages password 1');
    const proposalId = await liveProposal(owner, va, skillIds, 20_000);
    const [{ jobId }] = await testApp.dataSource.query('SELECT job_id AS "jobId" FROM proposals WHERE id = $1', [
      proposalId,
    ]);
    const send = (n: number) =>
      va.request('mutation($input: SendJobMessageInput!) { sendJobMessage(input: $input) { id } }', {
        input: { jobId, body: `Message ${n}` },
      });
    for (let n = 0; n < 60; n++) expect((await send(n)).errors).toBeUndefined();
    expect((await send(60)).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  });
});
