import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import pg from 'pg';
import { createFreelancer, createUser, uniqueEmail } from '../../../src/seed/factories.js';
import { contractParties, fixedContract } from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';
import { PASSWORD, samplePdf, signedIn } from '../../support/vetting.js';

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('least privilege and resource limits', () => {
  let testApp: TestApp;
  let uploadDir: string;

  beforeAll(async () => {
    // A folder of this run's own: one named by process id met a past run's files when the id came round again.
    uploadDir = await mkdtemp(join(tmpdir(), 'delegate-least-privilege-'));
    testApp = await startTestApp({ WORKER_ENABLED: 'false', UPLOAD_DIR: uploadDir, UPLOADS_PER_HOUR: '3' });
  });
  afterAll(async () => {
    await testApp.close();
    await rm(uploadDir, { recursive: true, force: true });
  });

  it('keeps one résumé per VA: a new upload replaces the old, row and file', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { email: uniqueEmail('cv'), password: PASSWORD });
    const agent = await signedIn(testApp, user.email, 'FREELANCER');
    const first = (await agent.upload('/files/resumes', 'cv.pdf', samplePdf('first'))).json() as { id: string };
    const second = (await agent.upload('/files/resumes', 'cv.pdf', samplePdf('second'))).json() as { id: string };
    const rows = await testApp.dataSource.query('SELECT id FROM resumes WHERE user_id = $1', [user.id]);
    expect(rows).toEqual([{ id: second.id }]);
    expect(await readdir(join(uploadDir, 'resumes'))).toHaveLength(1);
    expect((await agent.http('GET', `/files/resumes/${first.id}`)).statusCode).toBe(404);
  });

  it('limits how many files one account uploads in an hour', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { email: uniqueEmail('cv'), password: PASSWORD });
    const agent = await signedIn(testApp, user.email, 'FREELANCER');
    const statuses = [];
    for (let n = 0; n < 4; n++)
      statuses.push((await agent.upload('/files/resumes', 'cv.pdf', samplePdf(`${n}`))).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
  });

  it('opens payout onboarding to approved VAs only', async () => {
    const { user } = await createFreelancer(testApp.dataSource, { email: uniqueEmail('va'), password: PASSWORD });
    const applicant = await signedIn(testApp, user.email, 'FREELANCER');
    expect(code((await applicant.request('mutation { startPayoutOnboarding }')).errors)).toBe('PAYOUTS_NOT_OPEN');
    const { va } = await contractParties(testApp, PASSWORD);
    expect(
      (await va.ok<{ startPayoutOnboarding: string }>('mutation { startPayoutOnboarding }')).startPayoutOnboarding,
    ).toBeTruthy();
  });

  it('tells the VA that a payment failed, never why the business’s card was declined', async () => {
    const { owner, va, skillIds } = await contractParties(testApp, PASSWORD);
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor: 10_000 },
    ]);
    const { payMilestone } = await owner.ok<{ payMilestone: { id: string } }>(
      'mutation($id: ID!) { payMilestone(milestoneId: $id) { id } }',
      { id: milestoneIds[0] },
    );
    await owner.request('mutation($input: SandboxCardInput!) { paySandboxCard(input: $input) { id } }', {
      input: { paymentId: payMilestone.id, cardNumber: '4000000000009995' },
    });
    const failure = async (agent: GraphqlAgent) =>
      (
        await agent.ok<{ contractEvents: { items: Array<{ kind: string; message: string }> } }>(
          'query($id: ID!) { contractEvents(contractId: $id) { items { kind message } } }',
          { id: contractId },
        )
      ).contractEvents.items.find((event) => event.kind === 'PAYMENT_FAILED');
    expect((await failure(owner))?.message).toContain('insufficient funds');
    expect(await failure(va)).toEqual({ kind: 'PAYMENT_FAILED', message: '' });
  });

  it('runs one reconciliation at a time', async () => {
    const opsUser = await createUser(testApp.dataSource, 'ops', { password: PASSWORD, opsRole: 'admin' });
    const ops = await signedIn(testApp, opsUser.email, 'OPS');
    const RUN = 'mutation { runReconciliation { id finishedAt } }';
    // Another instance's run holds the lock.
    const other = new pg.Client(testApp.databaseUrl);
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(7246017)');
      expect(code((await ops.request(RUN)).errors)).toBe('RECONCILIATION_RUNNING');
      await other.query('SELECT pg_advisory_unlock(7246017)');
      expect(
        (await ops.ok<{ runReconciliation: { finishedAt: string } }>(RUN)).runReconciliation.finishedAt,
      ).toBeTruthy();
    } finally {
      await other.end();
    }
  });
});
