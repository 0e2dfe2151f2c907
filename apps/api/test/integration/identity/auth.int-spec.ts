import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFreelancer, createUser } from '../../../src/seed/factories.js';
import { lastEmailTo, receivedBy } from '../../support/outbox.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const SIGN_UP_CLIENT = `mutation SignUp($input: ClientSignUpInput!) {
  signUpClient(input: $input) { id email kind organization { name role } }
}`;
const SIGN_UP_FREELANCER = `mutation SignUp($input: SignUpInput!) { signUpFreelancer(input: $input) { id kind timeZone } }`;
const SIGN_IN = `mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }`;
const ME = '{ me { id email displayName locale timeZone } }';

describe('sign-up, sign-in and sessions', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ LOGIN_MAX_FAILURES: '3' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('signs a business up with a new organisation and keeps it signed in', async () => {
    const agent = testApp.agent();
    const data = await agent.ok<{ signUpClient: { email: string; organization: { name: string; role: string } } }>(
      SIGN_UP_CLIENT,
      {
        input: {
          email: ' Owner@Shop.Example ',
          password: 'a long password',
          displayName: 'Olga',
          organizationName: 'Olga’s Shop',
        },
      },
    );
    expect(data.signUpClient).toMatchObject({
      email: 'owner@shop.example',
      organization: { name: 'Olga’s Shop', role: 'OWNER' },
    });
    expect((await agent.ok<{ me: { email: string } }>(ME)).me.email).toBe('owner@shop.example');
  });

  it('refuses a second account with the same e-mail', async () => {
    const input = { email: 'twice@example.test', password: 'a long password', displayName: 'T' };
    await testApp.agent().ok(SIGN_UP_FREELANCER, { input });
    const result = await testApp.agent().request(SIGN_UP_CLIENT, { input: { ...input, organizationName: 'X' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'EMAIL_TAKEN', fields: { email: 'emailTaken' } });
  });

  it('reports every bad field at once, and writes nothing', async () => {
    const result = await testApp.agent().request(SIGN_UP_CLIENT, {
      input: { email: 'not-an-email', password: 'short', displayName: '', timeZone: 'Mars/Olympus', locale: 'xx' },
    });
    expect(result.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: {
        email: 'isEmail',
        password: 'isLength',
        displayName: 'isLength',
        timeZone: 'isTimeZone',
        locale: 'isIn',
        organizationName: 'isLength',
      },
    });
  });

  it('signs in only with the right password and only to the right app', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { password: 'the right password' });
    const agent = testApp.agent();
    const wrong = await agent.request(SIGN_IN, {
      input: { email: user.email, password: 'nope', accountKind: 'FREELANCER' },
    });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const wrongApp = await agent.request(SIGN_IN, {
      input: { email: user.email, password: 'the right password', accountKind: 'CLIENT' },
    });
    expect(wrongApp.errors?.[0]?.extensions).toMatchObject({ code: 'WRONG_ACCOUNT_KIND', accountKind: 'freelancer' });
    expect((await agent.ok<{ me: null }>(ME)).me).toBeNull();
    await agent.signIn(user.email, 'the right password', 'FREELANCER');
    expect((await agent.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('throttles repeated failures for an account, even with the right password afterwards', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { password: 'the right password' });
    const agent = testApp.agent();
    for (let attempt = 0; attempt < 3; attempt++) {
      const result = await agent.request(SIGN_IN, {
        input: { email: user.email, password: 'guess', accountKind: 'FREELANCER' },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await agent.request(SIGN_IN, {
      input: { email: user.email, password: 'the right password', accountKind: 'FREELANCER' },
    });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('signs out this session only, or every session', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { password: 'the right password' });
    const [laptop, phone, tablet] = [testApp.agent(), testApp.agent(), testApp.agent()];
    for (const agent of [laptop, phone, tablet]) await agent.signIn(user.email, 'the right password', 'FREELANCER');

    await laptop.ok('mutation { signOut }');
    expect((await laptop.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await phone.ok<{ me: { id: string } }>(ME)).me?.id).toBe(user.id);

    await phone.ok('mutation { signOutEverywhere }');
    expect((await phone.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await tablet.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('updates account settings with validation', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { password: 'the right password' });
    const agent = testApp.agent();
    await agent.signIn(user.email, 'the right password', 'FREELANCER');
    const updated = await agent.ok<{ updateAccount: { displayName: string; locale: string; timeZone: string } }>(
      'mutation { updateAccount(input: { displayName: "Ayşe", locale: "tr", timeZone: "Europe/Istanbul" }) { displayName locale timeZone } }',
    );
    expect(updated.updateAccount).toEqual({ displayName: 'Ayşe', locale: 'tr', timeZone: 'Europe/Istanbul' });
    const bad = await agent.request('mutation { updateAccount(input: { timeZone: "Europe/Atlantis" }) { id } }');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual({ timeZone: 'isTimeZone' });
  });

  it('changes the password, signing out other sessions but not this one', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { password: 'the old password' });
    const [here, elsewhere] = [testApp.agent(), testApp.agent()];
    await here.signIn(user.email, 'the old password', 'FREELANCER');
    await elsewhere.signIn(user.email, 'the old password', 'FREELANCER');
    const wrong = await here.request(
      'mutation { changePassword(input: { currentPassword: "not it", newPassword: "the new password" }) }',
    );
    expect(wrong.errors?.[0]?.extensions?.code).toBe('WRONG_PASSWORD');
    await here.ok(
      'mutation { changePassword(input: { currentPassword: "the old password", newPassword: "the new password" }) }',
    );
    expect((await here.ok<{ me: { id: string } }>(ME)).me?.id).toBe(user.id);
    expect((await elsewhere.ok<{ me: null }>(ME)).me).toBeNull();
    await testApp.agent().signIn(user.email, 'the new password', 'FREELANCER');
  });
});

describe('password reset', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('e-mails a single-use link in the user’s language, and the new password works', async () => {
    const user = await createUser(testApp.dataSource, 'client', { password: 'forgotten password', locale: 'fi' });
    await testApp.agent().ok(`mutation { requestPasswordReset(input: { email: "${user.email.toUpperCase()}" }) }`);
    const { subject, token } = await receivedBy(testApp, user.email);
    expect(subject).toBe('Vaihda Delegate-salasanasi');
    expect(token).toBeDefined();

    const reset = `mutation($token: String!) { resetPassword(input: { token: $token, newPassword: "remembered password" }) }`;
    expect(await testApp.agent().ok(reset, { token })).toEqual({ resetPassword: true });
    const again = await testApp.agent().request(reset, { token });
    expect(again.errors?.[0]?.extensions?.code).toBe('INVALID_RESET_TOKEN');
  });

  it('answers the same for an unknown e-mail and sends nothing', async () => {
    const result = await testApp
      .agent()
      .ok('mutation { requestPasswordReset(input: { email: "ghost@example.test" }) }');
    expect(result).toEqual({ requestPasswordReset: true });
    // The worker takes requests in order: once a later one is sent, the unknown address was handled.
    const user = await createUser(testApp.dataSource, 'client');
    await testApp.agent().ok(`mutation { requestPasswordReset(input: { email: "${user.email}" }) }`);
    await receivedBy(testApp, user.email);
    await expect(receivedBy(testApp, 'ghost@example.test', 0)).rejects.toThrow(/No e-mail/);
    await expect(lastEmailTo(testApp.dataSource, 'ghost@example.test')).rejects.toThrow(/No e-mail/);
  });

  it('signs out every session of the account', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { password: 'forgotten password' });
    const phone = testApp.agent();
    await phone.signIn(user.email, 'forgotten password', 'FREELANCER');
    await testApp.agent().ok(`mutation { requestPasswordReset(input: { email: "${user.email}" }) }`);
    const { token } = await receivedBy(testApp, user.email);
    await testApp
      .agent()
      .ok('mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "a new password" }) }', {
        t: token,
      });
    expect((await phone.ok<{ me: null }>(ME)).me).toBeNull();
  });
});

describe('ops accounts', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('are created by an ops admin, audited, and activated from the e-mailed link', async () => {
    const admin = await createUser(testApp.dataSource, 'ops', { opsRole: 'admin', password: 'admin password' });
    const agent = testApp.agent();
    await agent.signIn(admin.email, 'admin password', 'OPS');
    const created = await agent.ok<{ createOpsAccount: { id: string } }>(
      'mutation { createOpsAccount(input: { email: "New.Vetter@Delegate.Example", displayName: "Nia", opsRole: VETTER }) { id email opsRole } }',
    );
    const audit = await agent.ok<{ auditLog: { items: Array<{ action: string; actorId: string; targetId: string }> } }>(
      '{ auditLog(action: "ops_account.created") { items { action actorId targetId } } }',
    );
    expect(audit.auditLog.items).toEqual([
      { action: 'ops_account.created', actorId: admin.id, targetId: created.createOpsAccount.id },
    ]);

    const newcomer = testApp.agent();
    const before = await newcomer.request(
      'mutation { signIn(input: { email: "new.vetter@delegate.example", password: "anything at all", accountKind: OPS }) { id } }',
    );
    expect(before.errors?.[0]?.extensions?.code).toBe('INVALID_CREDENTIALS');
    const { token, text } = await receivedBy(testApp, 'new.vetter@delegate.example');
    expect(text).toContain('/ops/reset-password?token=');
    await newcomer.ok('mutation($t: String!) { resetPassword(input: { token: $t, newPassword: "vetter password" }) }', {
      t: token,
    });
    await newcomer.signIn('new.vetter@delegate.example', 'vetter password', 'OPS');
    const outbox = await agent.ok<{ outboxEmails: { totalCount: number } }>('{ outboxEmails { totalCount } }');
    expect(outbox.outboxEmails.totalCount).toBeGreaterThan(0);
  });
});

describe('sessions with two API instances', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({}, { databaseUrl: first.databaseUrl });
  });
  afterAll(async () => {
    await second.close();
    await first.close();
  });

  /** How long until the browser is signed out on `agent`'s instance, polling every few milliseconds. */
  async function msUntilSignedOut(agent: ReturnType<TestApp['agent']>): Promise<number> {
    const started = Date.now();
    while ((await agent.ok<{ me: { id: string } | null }>(ME)).me !== null) {
      if (Date.now() - started > 5_000) throw new Error('still signed in after 5 s');
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return Date.now() - started;
  }

  it('a session signed out on one instance is refused on the other at once', async () => {
    const { user } = await createFreelancer(first.dataSource, { password: 'the right password' });
    const [laptop, phone] = [first.agent(), first.agent()];
    for (const agent of [laptop, phone]) await agent.signIn(user.email, 'the right password', 'FREELANCER');
    const [laptopOnSecond, phoneOnSecond] = [laptop.on(second.app), phone.on(second.app)];
    // Each instance has read both sessions, and keeps them for its next requests.
    for (const agent of [laptop, phone, laptopOnSecond, phoneOnSecond]) {
      expect((await agent.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    }

    await laptop.ok('mutation { signOut }');
    expect(await msUntilSignedOut(laptopOnSecond)).toBeLessThan(1_000);
    expect((await phoneOnSecond.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);

    // Another browser's session, revoked by "sign out everywhere" on the first instance.
    const tablet = first.agent();
    await tablet.signIn(user.email, 'the right password', 'FREELANCER');
    await tablet.ok('mutation { signOutEverywhere }');
    expect((await phone.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await msUntilSignedOut(phoneOnSecond)).toBeLessThan(1_000);
  });
});
