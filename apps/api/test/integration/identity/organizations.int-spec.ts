import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganization } from '../../../src/seed/factories.js';
import { receivedBy } from '../../support/outbox.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const INVITE = 'mutation($email: String!) { inviteMember(input: { email: $email, role: FINANCE }) { id email role } }';
const JOIN = `mutation($input: ClientSignUpInput!) { signUpClient(input: $input) { organization { id name role } } }`;

describe('joining an organisation by invitation', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function ownerAgent() {
    const { organization, owner } = await createOrganization(testApp.dataSource, {
      name: 'Kettle & Co',
      owner: { password: 'owner password', locale: 'it' },
    });
    const agent = testApp.agent();
    await agent.signIn(owner.email, 'owner password', 'CLIENT');
    return { agent, organization };
  }

  it('invites by e-mail; the invitee signs up into the organisation with that role', async () => {
    const { agent, organization } = await ownerAgent();
    await agent.ok(INVITE, { email: 'Finance@Kettle.Example' });
    const { subject, token } = await receivedBy(testApp, 'finance@kettle.example');
    expect(subject).toBe('Unisciti a Kettle & Co su Delegate');

    const preview = await testApp
      .agent()
      .ok<{ invitation: { organizationName: string; role: string } }>(
        `{ invitation(token: "${token}") { organizationName email role } }`,
      );
    expect(preview.invitation).toMatchObject({ organizationName: 'Kettle & Co', role: 'FINANCE' });

    const joined = await testApp.agent().ok<{ signUpClient: { organization: { id: string; role: string } } }>(JOIN, {
      input: {
        email: 'finance@kettle.example',
        password: 'finance password',
        displayName: 'Fin',
        invitationToken: token,
      },
    });
    expect(joined.signUpClient.organization).toMatchObject({ id: organization.id, role: 'FINANCE' });

    const members = await agent.ok<{
      myOrganization: { members: Array<{ email: string; role: string }>; invitations: unknown[] };
    }>('{ myOrganization { members { email role } invitations { id } } }');
    expect(members.myOrganization.members.map((member) => member.role)).toEqual(['OWNER', 'FINANCE']);
    expect(members.myOrganization.invitations).toEqual([]);

    const reuse = await testApp.agent().request(JOIN, {
      input: { email: 'second@kettle.example', password: 'finance password', displayName: 'X', invitationToken: token },
    });
    expect(reuse.errors?.[0]?.extensions?.code).toBe('INVALID_INVITATION');
  });

  it('refuses an invitation used with another e-mail, and writes nothing', async () => {
    const { agent } = await ownerAgent();
    await agent.ok(INVITE, { email: 'right@kettle.example' });
    const { token } = await receivedBy(testApp, 'right@kettle.example');
    const result = await testApp.agent().request(JOIN, {
      input: { email: 'wrong@kettle.example', password: 'some password', displayName: 'W', invitationToken: token },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVITATION_EMAIL_MISMATCH');
    const [{ count }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS count FROM users WHERE email = 'wrong@kettle.example'`,
    );
    expect(count).toBe(0);
  });

  it('lets an admin revoke a pending invitation; another organisation cannot', async () => {
    const { agent } = await ownerAgent();
    const { inviteMember } = await agent.ok<{ inviteMember: { id: string } }>(INVITE, {
      email: 'later@kettle.example',
    });
    const { agent: stranger } = await ownerAgent();
    const revoke = 'mutation($id: ID!) { revokeInvitation(id: $id) }';
    const foreign = await stranger.request(revoke, { id: inviteMember.id });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await agent.ok(revoke, { id: inviteMember.id })).toEqual({ revokeInvitation: true });
    const { token } = await receivedBy(testApp, 'later@kettle.example');
    const result = await testApp.agent().request(JOIN, {
      input: { email: 'later@kettle.example', password: 'some password', displayName: 'L', invitationToken: token },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('INVALID_INVITATION');
  });
});

describe('input defaults', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('apply on every run of the same operation, not just the first', async () => {
    const signUp = 'mutation($input: SignUpInput!) { signUpFreelancer(input: $input) { locale timeZone } }';
    for (const email of ['first@example.test', 'second@example.test', 'third@example.test']) {
      const data = await testApp.agent().ok(signUp, { input: { email, password: 'long password', displayName: 'D' } });
      expect(data).toEqual({ signUpFreelancer: { locale: 'en', timeZone: 'UTC' } });
    }
  });
});
