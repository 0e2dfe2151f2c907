import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { DisputesService } from '../../../src/modules/disputes/disputes.service.js';
import { EscrowService } from '../../../src/modules/escrow/escrow.service.js';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { createFreelancer, createOrganization, createUser, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { fixedContract, payIntoEscrow } from '../../support/contracts.js';
import { approvedVa } from '../../support/freelancers.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'disputes password 1';
const DISPUTE = `id status openedBySide proposalSide proposalFreelancerBps freelancerShareBps releasedMinor refundedMinor
  decisionNote respondBy mediationEndsAt milestoneTitle milestoneAmountMinor currency`;
const OPEN = `mutation($input: OpenDisputeInput!) { openDispute(input: $input) { ${DISPUTE} } }`;
const PROPOSE = `mutation($input: DisputeShareInput!) { proposeSettlement(input: $input) { ${DISPUTE} } }`;
const ACCEPT = `mutation($id: ID!) { acceptSettlement(disputeId: $id) { ${DISPUTE} } }`;
const ESCALATE = `mutation($id: ID!) { escalateDispute(disputeId: $id) { ${DISPUTE} } }`;
const WITHDRAW = `mutation($id: ID!) { withdrawDispute(disputeId: $id) { ${DISPUTE} } }`;
const DECIDE = `mutation($input: DecideDisputeInput!) { decideDispute(input: $input) { ${DISPUTE} } }`;
const MILESTONE = `query($id: ID!) { contract(id: $id) { milestones { status autoReleaseAt
  money { fundedMinor releasedMinor refundedMinor heldMinor } } } }`;

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
type DisputeOut = Record<string, unknown> & { id: string };

describe('disputes: negotiation, mediation and any split', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let otherClient: GraphqlAgent;
  let va: GraphqlAgent;
  let ops: GraphqlAgent;
  let skillIds: Record<string, string>;

  /** A contract whose one milestone is paid in and handed in. */
  const handedIn = async (amountMinor: number) => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor },
    ]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    await va.ok('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }', {
      input: { milestoneId, message: 'The catalogue is done.' },
    });
    return { contractId, milestoneId };
  };
  const milestoneOf = async (contractId: string) =>
    (await owner.ok<{ contract: { milestones: Array<Record<string, unknown>> } }>(MILESTONE, { id: contractId }))
      .contract.milestones[0];

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { owner: ownerUser } = await createOrganization(dataSource, { owner: { password: PASSWORD } });
    const { owner: otherUser } = await createOrganization(dataSource, { name: 'Other', owner: { password: PASSWORD } });
    const opsUser = await createUser(dataSource, 'ops', { password: PASSWORD, opsRole: 'admin' });
    const vaUser = (await createFreelancer(dataSource, approvedVa('Giulia', PASSWORD))).user;
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    const signIn = async (email: string, kind: 'CLIENT' | 'FREELANCER' | 'OPS') => {
      const agent = testApp.agent();
      await agent.signIn(email, PASSWORD, kind);
      return agent;
    };
    owner = await signIn(ownerUser.email, 'CLIENT');
    otherClient = await signIn(otherUser.email, 'CLIENT');
    va = await signIn(vaUser.email, 'FREELANCER');
    ops = await signIn(opsUser.email, 'OPS');
    skillIds = await owner.skillIds();
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('freezes the milestone, and splits it as the parties agree', async () => {
    const { contractId, milestoneId } = await handedIn(10_000);
    expect(
      code((await otherClient.request(OPEN, { input: { milestoneId, reason: 'Not what we asked for.' } })).errors),
    ).toBe('NOT_FOUND');
    expect(code((await owner.request(OPEN, { input: { milestoneId, reason: 'Short' } })).errors)).toBe(
      'BAD_USER_INPUT',
    );
    const { openDispute } = await owner.ok<{ openDispute: DisputeOut }>(OPEN, {
      input: { milestoneId, reason: 'Half of the listings are missing their images.' },
    });
    expect(openDispute).toMatchObject({
      status: 'NEGOTIATION',
      openedBySide: 'CLIENT',
      milestoneTitle: 'Catalogue',
      milestoneAmountMinor: 10_000,
      currency: 'EUR',
    });
    expect(await milestoneOf(contractId)).toMatchObject({ status: 'DISPUTED', autoReleaseAt: null });
    // Nothing moves while it is disputed, auto-release included.
    expect(
      code(
        (
          await owner.request('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
            input: { milestoneId },
          })
        ).errors,
      ),
    ).toBe('MILESTONE_STATUS');
    expect(await testApp.app.get(EscrowService).autoReleaseDue(new Date(Date.now() + 30 * 86_400_000))).toBe(0);

    const proposed = await va.ok<{ proposeSettlement: DisputeOut }>(PROPOSE, {
      input: { disputeId: openDispute.id, freelancerShareBps: 7_000 },
    });
    expect(proposed.proposeSettlement).toMatchObject({ proposalSide: 'FREELANCER', proposalFreelancerBps: 7_000 });
    expect(code((await va.request(ACCEPT, { id: openDispute.id })).errors)).toBe('DISPUTE_STATE');
    expect(
      code((await va.request(PROPOSE, { input: { disputeId: openDispute.id, freelancerShareBps: 10_001 } })).errors),
    ).toBe('BAD_USER_INPUT');
    const accepted = await owner.ok<{ acceptSettlement: DisputeOut }>(ACCEPT, { id: openDispute.id });
    expect(accepted.acceptSettlement).toMatchObject({
      status: 'RESOLVED',
      freelancerShareBps: 7_000,
      releasedMinor: 7_000,
      refundedMinor: 3_000,
    });
    expect(await milestoneOf(contractId)).toMatchObject({
      status: 'RELEASED',
      money: { fundedMinor: 10_000, releasedMinor: 7_000, refundedMinor: 3_000, heldMinor: 0 },
    });
    expect(code((await owner.request(ACCEPT, { id: openDispute.id })).errors)).toBe('DISPUTE_STATE');
  });

  it('goes to ops when asked or when nobody answers in time; ops split it 60/40, audited', async () => {
    const { contractId, milestoneId } = await handedIn(5_001);
    const { openDispute } = await va.ok<{ openDispute: DisputeOut }>(OPEN, {
      input: { milestoneId, reason: 'The business stopped answering after the hand-in.' },
    });
    expect(
      code(
        (
          await ops.request(DECIDE, {
            input: { disputeId: openDispute.id, freelancerShareBps: 6_000, note: 'Too early to decide.' },
          })
        ).errors,
      ),
    ).toBe('DISPUTE_STATE');
    const escalated = await owner.ok<{ escalateDispute: DisputeOut }>(ESCALATE, { id: openDispute.id });
    expect(escalated.escalateDispute.status).toBe('MEDIATION');
    expect(escalated.escalateDispute.mediationEndsAt).toEqual(expect.any(String));
    const { disputeEvidence } = await ops.ok<{ disputeEvidence: { items: Array<{ kind: string }> } }>(
      'query($id: ID!) { disputeEvidence(disputeId: $id) { items { kind message } } }',
      { id: openDispute.id },
    );
    expect(disputeEvidence.items.map((event) => event.kind)).toEqual(
      expect.arrayContaining(['SUBMITTED', 'DISPUTE_OPENED', 'DISPUTE_ESCALATED']),
    );
    // What the two sides wrote to each other is evidence too: ops read the job's thread in full.
    const [{ job_id: jobId }] = await dataSource.query('SELECT job_id FROM contracts WHERE id = $1', [contractId]);
    await va.ok('mutation($input: SendJobMessageInput!) { sendJobMessage(input: $input) { id } }', {
      input: { jobId, body: 'I sent the catalogue on Monday; call me on +358 40 123 4567.' },
    });
    const { disputeMessages } = await ops.ok<{
      disputeMessages: { totalCount: number; items: Array<{ body: string; fromFreelancer: boolean }> };
    }>('query($id: ID!) { disputeMessages(disputeId: $id) { totalCount items { body fromFreelancer } } }', {
      id: openDispute.id,
    });
    expect(disputeMessages).toEqual({
      totalCount: 1,
      items: [{ body: 'I sent the catalogue on Monday; call me on +358 40 123 4567.', fromFreelancer: true }],
    });
    const decided = await ops.ok<{ decideDispute: DisputeOut }>(DECIDE, {
      input: { disputeId: openDispute.id, freelancerShareBps: 6_000, note: 'Most of the work was delivered.' },
    });
    // 60% of 50.01 is 30.006: rounded half up to 30.01 for the VA; the client gets the rest.
    expect(decided.decideDispute).toMatchObject({ status: 'RESOLVED', releasedMinor: 3_001, refundedMinor: 2_000 });
    expect(await milestoneOf(contractId)).toMatchObject({ status: 'RELEASED', money: { heldMinor: 0 } });
    const [audit] = await dataSource.query(`SELECT action, details FROM audit_log WHERE target_id = $1`, [
      openDispute.id,
    ]);
    expect(audit).toMatchObject({ action: 'dispute.decide', details: { freelancerShareBps: 6_000 } });
    const { contractDisputes } = await va.ok<{ contractDisputes: DisputeOut[] }>(
      'query($id: ID!) { contractDisputes(contractId: $id) { status decisionNote } }',
      { id: contractId },
    );
    expect(contractDisputes).toEqual([{ status: 'RESOLVED', decisionNote: 'Most of the work was delivered.' }]);

    // A dispute nobody answers goes to ops after the response time (business days).
    const second = await handedIn(2_000);
    const opened = await owner.ok<{ openDispute: DisputeOut }>(OPEN, {
      input: { milestoneId: second.milestoneId, reason: 'The colours are all wrong.' },
    });
    const disputes = testApp.app.get(DisputesService);
    expect(await disputes.escalateOverdue(new Date(Date.now() + 2 * 86_400_000))).toBe(0);
    expect(await disputes.escalateOverdue(new Date(Date.now() + 8 * 86_400_000))).toBe(1);
    expect((await disputes.get(opened.openDispute.id)).status).toBe('mediation');
  });

  it('lets only the side that opened it withdraw it; the work and its clock go on', async () => {
    const { contractId, milestoneId } = await handedIn(3_000);
    const { openDispute } = await owner.ok<{ openDispute: DisputeOut }>(OPEN, {
      input: { milestoneId, reason: 'We need to check the numbers first.' },
    });
    expect(code((await va.request(WITHDRAW, { id: openDispute.id })).errors)).toBe('DISPUTE_STATE');
    const withdrawn = await owner.ok<{ withdrawDispute: DisputeOut }>(WITHDRAW, { id: openDispute.id });
    expect(withdrawn.withdrawDispute.status).toBe('WITHDRAWN');
    const milestone = await milestoneOf(contractId);
    expect(milestone).toMatchObject({ status: 'SUBMITTED', money: { heldMinor: 3_000 } });
    expect(new Date(milestone?.autoReleaseAt as string).getTime()).toBeGreaterThan(Date.now() + 13 * 86_400_000);
  });
});
