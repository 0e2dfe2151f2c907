import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganization, createUser } from '../../../src/seed/factories.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';
import { samplePdf } from '../../support/vetting.js';

const PASSWORD = 'hand-in password 1';
const SUBMIT = 'mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { status } }';
const EVENTS = `query($contractId: ID!) { contractEvents(contractId: $contractId) {
  items { kind message files { id fileName contentType sizeBytes } } } }`;

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('files handed in with the work', () => {
  let testApp: TestApp;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let stranger: GraphqlAgent;
  let ops: GraphqlAgent;
  let skillIds: Record<string, string>;

  const upload = (agent: GraphqlAgent, milestoneId: string, name: string, bytes: Buffer) =>
    agent.upload(`/files/hand-ins?milestoneId=${milestoneId}`, name, bytes, 'application/pdf');

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false', HAND_IN_MAX_BYTES: '4096' });
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
    const { owner: strangerUser } = await createOrganization(testApp.dataSource, {
      name: 'Another Shop',
      owner: { password: PASSWORD },
    });
    stranger = testApp.agent();
    await stranger.signIn(strangerUser.email, PASSWORD, 'CLIENT');
    const opsUser = await createUser(testApp.dataSource, 'ops', { password: PASSWORD, opsRole: 'vetter' });
    ops = testApp.agent();
    await ops.signIn(opsUser.email, PASSWORD, 'OPS');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('go with the hand-in, and both sides and ops can read them; nobody else', async () => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor: 12_000 },
      { title: 'Images', amountMinor: 8_000 },
    ]);
    const [milestoneId, otherId] = milestoneIds as [string, string];

    // Not before the milestone is paid, and only files whose bytes are an allowed kind, within the cap.
    expect((await upload(va, milestoneId, 'catalogue.pdf', samplePdf('early'))).statusCode).toBe(409);
    await payIntoEscrow(owner, milestoneId);
    const rejected = await upload(va, milestoneId, 'notes.pdf', Buffer.from('just some text, not a PDF'));
    expect(rejected.statusCode).toBe(415);
    expect(rejected.json().error).toMatchObject({ code: 'HAND_IN_TYPE_NOT_ALLOWED', fields: { file: 'handInType' } });
    const tooBig = await upload(va, milestoneId, 'big.pdf', samplePdf('x'.repeat(5_000)));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'FILE_TOO_LARGE' });
    expect((await upload(owner, milestoneId, 'catalogue.pdf', samplePdf('client'))).statusCode).toBe(403);

    const uploaded = (await upload(va, milestoneId, '../catalogue final.pdf', samplePdf('catalogue'))).json() as {
      id: string;
      fileName: string;
    };
    expect(uploaded.fileName).toBe('catalogue final.pdf');
    // Until it is handed in, the business cannot read it.
    expect((await owner.http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(404);
    // A file uploaded for one milestone cannot go with another's hand-in.
    await payIntoEscrow(owner, otherId);
    expect(
      code(
        (await va.request(SUBMIT, { input: { milestoneId: otherId, message: 'Images done.', fileIds: [uploaded.id] } }))
          .errors,
      ),
    ).toBe('BAD_USER_INPUT');

    await va.ok(SUBMIT, { input: { milestoneId, message: 'The catalogue, as a PDF.', fileIds: [uploaded.id] } });
    const { contractEvents } = await owner.ok<{
      contractEvents: { items: Array<{ kind: string; files: Array<{ id: string; fileName: string }> }> };
    }>(EVENTS, { contractId });
    const handIn = contractEvents.items.find((event) => event.kind === 'SUBMITTED');
    expect(handIn?.files).toEqual([
      {
        id: uploaded.id,
        fileName: 'catalogue final.pdf',
        contentType: 'application/pdf',
        sizeBytes: expect.any(Number),
      },
    ]);

    for (const reader of [owner, va, ops]) {
      const download = await reader.http('GET', `/files/hand-ins/${uploaded.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toContain('catalogue%20final.pdf');
      expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await stranger.http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(404);
    expect((await testApp.agent().http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(401);
  });
});
