import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HandInFilesService } from '../../../src/modules/contracts/hand-in-files.service.js';
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
    testApp = await startTestApp({
      WORKER_ENABLED: 'false',
      HAND_IN_MAX_BYTES: '4096',
      HAND_IN_QUOTA_BYTES: '1048576',
    });
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

    for (const reader of [owner, va]) {
      const download = await reader.http('GET', `/files/hand-ins/${uploaded.id}`);
      expect(download.statusCode).toBe(200);
      expect(download.headers['content-disposition']).toContain('catalogue%20final.pdf');
      expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    }
    expect((await stranger.http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(404);
    expect((await testApp.agent().http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(401);

    // Ops read the work only while they may have to weigh it: once the milestone is disputed, each read audited.
    expect((await ops.http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(404);
    await owner.ok('mutation($input: OpenDisputeInput!) { openDispute(input: $input) { id } }', {
      input: { milestoneId, reason: 'The catalogue misses half of the products.' },
    });
    expect((await ops.http('GET', `/files/hand-ins/${uploaded.id}`)).statusCode).toBe(200);
    const [{ reads }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS reads FROM audit_log WHERE action = 'hand_in_file.download' AND target_id = $1`,
      [uploaded.id],
    );
    expect(reads).toBe(1);
  });

  it('count against the VA’s quota, and the ones never handed in are swept away', async () => {
    const { milestoneIds } = await fixedContract(owner, va, skillIds, [{ title: 'Listings', amountMinor: 12_000 }]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    const [{ used }] = await testApp.dataSource.query(
      `SELECT COALESCE(sum(size_bytes), 0)::int AS used FROM hand_in_files WHERE uploaded_by =
       (SELECT freelancer_id FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id WHERE m.id = $1)`,
      [milestoneId],
    );
    // The quota is 1 MiB in this app: one file is made to fill it up to the last bytes, then one more is refused.
    const first = (await upload(va, milestoneId, 'a.pdf', samplePdf('a'))).json() as { id: string };
    await testApp.dataSource.query('UPDATE hand_in_files SET size_bytes = $2 WHERE id = $1', [
      first.id,
      1_048_576 - used - 100,
    ]);
    const refused = await upload(va, milestoneId, 'b.pdf', samplePdf('b'));
    expect(refused.statusCode).toBe(413);
    expect(refused.json().error).toMatchObject({ code: 'UPLOAD_QUOTA_EXCEEDED' });

    // Never handed in: gone after the grace days, row and file; a handed-in file stays.
    const sweep = testApp.app.get(HandInFilesService);
    expect(await sweep.sweepUnattached(new Date())).toBe(0);
    expect(await sweep.sweepUnattached(new Date(Date.now() + 3 * 86_400_000))).toBe(1);
    expect((await va.http('GET', `/files/hand-ins/${first.id}`)).statusCode).toBe(404);
    const [{ kept }] = await testApp.dataSource.query(
      'SELECT count(*)::int AS kept FROM hand_in_files WHERE event_id IS NOT NULL',
    );
    expect(kept).toBe(1);
  });
});
