import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import {
  addMember,
  createFreelancer,
  createOrganization,
  createUser,
  ensureSkillCatalog,
} from '../../../src/seed/factories.js';
import { fixedContract, liveProposal, payIntoEscrow, unbalancedTransactions } from '../../support/contracts.js';
import { approvedVa } from '../../support/freelancers.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'approvals password 1';
const POLICY = `mutation($input: ApprovalPolicyInput!) { setApprovalPolicy(input: $input) { thresholdMinor currency kinds } }`;
const REQUESTS = `query($status: ApprovalStatus) { approvalRequests(status: $status) { totalCount
  items { id kind status subjectId amountMinor currency freelancerShareBps note requestedByName decidedByName decisionNote } } }`;
const DECIDE_APPROVAL = `mutation($input: DecideApprovalInput!) { decideApproval(input: $input) { id status decisionNote } }`;
const MAKE_OFFER = 'mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id status } }';
const MY_OFFERS = '{ myOffers(limit: 100) { items { id status } } }';
const BONUS = `mutation($input: GiveBonusInput!) { giveBonus(input: $input) { id status bonus awaitingApproval
  money { fundedMinor releasedMinor heldMinor } } }`;
const MILESTONES = `query($id: ID!) { contract(id: $id) { milestones { id status bonus awaitingApproval
  money { fundedMinor releasedMinor refundedMinor heldMinor } } } }`;
const DISPUTE = `id status proposalFreelancerBps freelancerShareBps releasedMinor refundedMinor
  pendingApproval { id kind amountMinor freelancerShareBps note }`;
const OPEN = `mutation($input: OpenDisputeInput!) { openDispute(input: $input) { ${DISPUTE} } }`;
const PROPOSE = `mutation($input: DisputeShareInput!) { proposeSettlement(input: $input) { ${DISPUTE} } }`;
const ACCEPT = `mutation($id: ID!) { acceptSettlement(disputeId: $id) { ${DISPUTE} } }`;
const ESCALATE = `mutation($id: ID!) { escalateDispute(disputeId: $id) { ${DISPUTE} } }`;
const DECIDE = `mutation($input: DecideDisputeInput!) { decideDispute(input: $input) { ${DISPUTE} } }`;
const CONTRACT_DISPUTES = `query($id: ID!) { contractDisputes(contractId: $id) { ${DISPUTE} } }`;

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
type Request = { id: string; kind: string; status: string; subjectId: string; amountMinor: number };
type DisputeOut = { id: string; status: string; pendingApproval: Record<string, unknown> | null } & Record<
  string,
  unknown
>;

describe('approval policies: an admin for big offers, bonuses and settlements; a second ops member for big decisions', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let manager: GraphqlAgent;
  let va: GraphqlAgent;
  let ops: GraphqlAgent;
  let secondOps: GraphqlAgent;
  let vaEmail: string;
  let skillIds: Record<string, string>;

  const signIn = async (email: string, kind: 'CLIENT' | 'FREELANCER' | 'OPS') => {
    const agent = testApp.agent();
    await agent.signIn(email, PASSWORD, kind);
    return agent;
  };
  const pending = async (agent: GraphqlAgent) =>
    (await agent.ok<{ approvalRequests: { items: Request[] } }>(REQUESTS, { status: 'PENDING' })).approvalRequests
      .items;
  const decide = (agent: GraphqlAgent, requestId: string, verdict: 'APPROVE' | 'REJECT', note = '') =>
    agent.request<{ decideApproval: { status: string } }>(DECIDE_APPROVAL, { input: { requestId, verdict, note } });
  const offer = (agent: GraphqlAgent, proposalId: string, amountMinor: number) =>
    agent.ok<{ makeOffer: { id: string; status: string } }>(MAKE_OFFER, {
      input: {
        proposalId,
        startDate: '2099-01-04',
        kind: 'FIXED',
        milestones: [{ title: 'Catalogue', amountMinor }],
      },
    });
  const offersToVa = async () =>
    (await va.ok<{ myOffers: { items: Array<{ id: string }> } }>(MY_OFFERS)).myOffers.items;
  const emailsTo = async (address: string) =>
    Number((await dataSource.query('SELECT count(*) AS n FROM outbox_emails WHERE to_address = $1', [address]))[0].n);
  const audited = async (action: string) =>
    Number((await dataSource.query('SELECT count(*) AS n FROM audit_log WHERE action = $1', [action]))[0].n);
  const milestones = async (contractId: string) =>
    (
      await owner.ok<{ contract: { milestones: Array<Record<string, unknown> & { id: string }> } }>(MILESTONES, {
        id: contractId,
      })
    ).contract.milestones;
  /** A milestone paid by the owner and handed in by the VA, with a dispute the VA opened. */
  const disputed = async (amountMinor: number) => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor },
    ]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    await va.ok('mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }', {
      input: { milestoneId, message: 'The catalogue is done.' },
    });
    const { openDispute } = await va.ok<{ openDispute: DisputeOut }>(OPEN, {
      input: { milestoneId, reason: 'The business added a second catalogue to the work.' },
    });
    return { contractId, milestoneId, disputeId: openDispute.id };
  };

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { organization, owner: ownerUser } = await createOrganization(dataSource, { owner: { password: PASSWORD } });
    const managerUser = await addMember(dataSource, organization.id, 'hiring_manager', { password: PASSWORD });
    const vaUser = (await createFreelancer(dataSource, approvedVa('Aino', PASSWORD))).user;
    vaEmail = vaUser.email;
    const [opsUser, secondOpsUser] = [
      await createUser(dataSource, 'ops', { password: PASSWORD, opsRole: 'admin' }),
      await createUser(dataSource, 'ops', { password: PASSWORD, opsRole: 'vetter' }),
    ];
    await dataSource.transaction((entityManager) => testApp.app.get(MatchingService).refreshAllCards(entityManager));
    owner = await signIn(ownerUser.email, 'CLIENT');
    manager = await signIn(managerUser.email, 'CLIENT');
    va = await signIn(vaUser.email, 'FREELANCER');
    ops = await signIn(opsUser.email, 'OPS');
    secondOps = await signIn(secondOpsUser.email, 'OPS');
    skillIds = await owner.skillIds();
    const policy = { thresholdMinor: 50_000, currency: 'EUR', kinds: ['OFFER', 'BONUS', 'SETTLEMENT'] };
    expect(code((await manager.request(POLICY, { input: policy })).errors)).toBe('FORBIDDEN');
    await owner.ok(POLICY, { input: policy });
    expect(await manager.ok('{ approvalPolicy { thresholdMinor currency kinds } }')).toEqual({
      approvalPolicy: policy,
    });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it("holds a manager's offer above the amount until an admin approves it; the VA sees it only then", async () => {
    const emailsBefore = await emailsTo(vaEmail);
    const big = await offer(manager, await liveProposal(owner, va, skillIds, 60_000), 60_000);
    expect(big.makeOffer.status).toBe('AWAITING_APPROVAL');
    expect((await offersToVa()).map((item) => item.id)).not.toContain(big.makeOffer.id);
    expect(await emailsTo(vaEmail)).toBe(emailsBefore);
    // The VA cannot reach it either.
    expect(
      code((await va.request('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: big.makeOffer.id })).errors),
    ).toBe('NOT_FOUND');

    // The manager sees their own request and cannot decide it; the owner sees and approves it.
    const [request] = await pending(manager);
    expect(request).toMatchObject({ kind: 'OFFER', subjectId: big.makeOffer.id, amountMinor: 60_000, currency: 'EUR' });
    expect(code((await decide(manager, request?.id as string, 'APPROVE')).errors)).toBe('FORBIDDEN');
    expect((await pending(owner)).map((item) => item.id)).toContain(request?.id);
    expect((await decide(owner, request?.id as string, 'APPROVE')).data?.decideApproval.status).toBe('APPROVED');
    expect(code((await decide(owner, request?.id as string, 'REJECT')).errors)).toBe('APPROVAL_STATE');
    expect((await offersToVa()).map((item) => item.id)).toContain(big.makeOffer.id);
    expect(await emailsTo(vaEmail)).toBe(emailsBefore + 1);
    await va.ok('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: big.makeOffer.id });

    // At or below the amount, and the owner's own offers, go straight to the VA.
    expect((await offer(manager, await liveProposal(owner, va, skillIds, 50_000), 50_000)).makeOffer.status).toBe(
      'PENDING',
    );
    expect((await offer(owner, await liveProposal(owner, va, skillIds, 90_000), 90_000)).makeOffer.status).toBe(
      'PENDING',
    );

    // Rejected: the VA never hears of it, and the proposal takes a new offer.
    const proposalId = await liveProposal(owner, va, skillIds, 70_000);
    const refused = await offer(manager, proposalId, 70_000);
    const refusal = (await pending(owner)).find((item) => item.subjectId === refused.makeOffer.id) as Request;
    await decide(owner, refusal.id, 'REJECT', 'Too much for this quarter.');
    const { jobOffers } = await manager.ok<{ jobOffers: { items: Array<{ id: string; status: string }> } }>(
      `query($jobId: ID!) { jobOffers(jobId: $jobId) { items { id status } } }`,
      {
        jobId: (await dataSource.query('SELECT job_id FROM proposals WHERE id = $1', [proposalId]))[0].job_id,
      },
    );
    expect(jobOffers.items).toEqual([{ id: refused.makeOffer.id, status: 'NOT_APPROVED' }]);
    expect((await offersToVa()).map((item) => item.id)).not.toContain(refused.makeOffer.id);
    const retried = await offer(manager, proposalId, 45_000);
    expect(retried.makeOffer.status).toBe('PENDING');

    // Withdrawn while it waits: its request is cancelled.
    const withdrawn = await offer(manager, await liveProposal(owner, va, skillIds, 80_000), 80_000);
    await manager.ok('mutation($id: ID!) { withdrawOffer(id: $id) { status } }', { id: withdrawn.makeOffer.id });
    expect((await pending(owner)).map((item) => item.subjectId)).not.toContain(withdrawn.makeOffer.id);

    for (const action of ['approval_policy.update', 'approval.request', 'approval.approve', 'approval.reject']) {
      expect(await audited(action)).toBeGreaterThan(0);
    }
    expect(await audited('approval.cancel')).toBe(1);
  });

  it('pays a bonus once approved and releases it at once; a rejected bonus is cancelled', async () => {
    const { contractId } = await fixedContract(owner, va, skillIds, [{ title: 'Catalogue', amountMinor: 20_000 }]);
    const give = (agent: GraphqlAgent, amountMinor: number) =>
      agent.request<{ giveBonus: Record<string, unknown> & { id: string } }>(BONUS, {
        input: { contractId, amountMinor, message: 'Thank you for the extra weekend.' },
      });
    expect(code((await give(manager, 1)).errors)).toBe('BAD_USER_INPUT');
    expect(code((await give(va, 10_000)).errors)).toBe('FORBIDDEN');

    const big = (await give(manager, 80_000)).data?.giveBonus;
    expect(big).toMatchObject({ status: 'PENDING', bonus: true, awaitingApproval: true });
    expect(
      code(
        (await manager.request('mutation($id: ID!) { payMilestone(milestoneId: $id) { id } }', { id: big?.id })).errors,
      ),
    ).toBe('APPROVAL_PENDING');
    const request = (await pending(owner)).find((item) => item.subjectId === big?.id) as Request;
    expect(request).toMatchObject({ kind: 'BONUS', amountMinor: 80_000 });
    await decide(owner, request.id, 'APPROVE');
    await payIntoEscrow(manager, big?.id as string);

    // A small bonus needs nobody; both go to the VA as soon as they are paid, less the platform fee.
    const small = (await give(manager, 10_000)).data?.giveBonus;
    expect(small).toMatchObject({ awaitingApproval: false });
    await payIntoEscrow(manager, small?.id as string);
    const byId = new Map((await milestones(contractId)).map((milestone) => [milestone.id, milestone]));
    expect(byId.get(big?.id as string)).toMatchObject({
      status: 'RELEASED',
      money: { fundedMinor: 80_000, releasedMinor: 80_000, refundedMinor: 0, heldMinor: 0 },
    });
    expect(byId.get(small?.id as string)).toMatchObject({ status: 'RELEASED', money: { releasedMinor: 10_000 } });
    const [{ payable }] = await dataSource.query(
      `SELECT COALESCE(-sum(p.amount_minor), 0)::int AS payable FROM ledger_postings p
       JOIN ledger_transactions t ON t.id = p.transaction_id
       WHERE p.account = $1 AND t.milestone_id = ANY($2)`,
      [`va:${await vaIdOf(dataSource, contractId)}:payable`, [big?.id, small?.id]],
    );
    expect(payable).toBe(90_000 - 9_000);

    const refused = (await give(manager, 90_000)).data?.giveBonus;
    const refusal = (await pending(owner)).find((item) => item.subjectId === refused?.id) as Request;
    await decide(owner, refusal.id, 'REJECT');
    expect((await milestones(contractId)).find((milestone) => milestone.id === refused?.id)).toMatchObject({
      status: 'CANCELLED',
      awaitingApproval: false,
    });
    // A bonus still waiting when the contract ends is cancelled, and so is its request.
    const waiting = (await give(manager, 95_000)).data?.giveBonus;
    await owner.ok('mutation($input: EndContractInput!) { endContract(input: $input) { status } }', {
      input: { contractId, reason: 'The catalogue is finished.' },
    });
    expect((await milestones(contractId)).find((milestone) => milestone.id === waiting?.id)).toMatchObject({
      status: 'CANCELLED',
      awaitingApproval: false,
    });
    expect((await pending(owner)).map((item) => item.subjectId)).not.toContain(waiting?.id);
    expect(await unbalancedTransactions(dataSource)).toBe(0);
  });

  it("holds a manager's settlement above the amount for an admin; the VA does not see the request", async () => {
    const { contractId, disputeId } = await disputed(100_000);
    await va.ok(PROPOSE, { input: { disputeId, freelancerShareBps: 6_000 } });
    const held = (await manager.ok<{ acceptSettlement: DisputeOut }>(ACCEPT, { id: disputeId })).acceptSettlement;
    expect(held).toMatchObject({
      status: 'NEGOTIATION',
      pendingApproval: { kind: 'SETTLEMENT', amountMinor: 100_000, freelancerShareBps: 6_000 },
    });
    const seenByVa = (await va.ok<{ contractDisputes: DisputeOut[] }>(CONTRACT_DISPUTES, { id: contractId }))
      .contractDisputes;
    expect(seenByVa[0]?.pendingApproval).toBeNull();
    // One request at a time per dispute.
    expect(code((await manager.request(PROPOSE, { input: { disputeId, freelancerShareBps: 5_000 } })).errors)).toBe(
      'DISPUTE_STATE',
    );
    await decide(owner, held.pendingApproval?.id as string, 'APPROVE');
    const [dispute] = (await owner.ok<{ contractDisputes: DisputeOut[] }>(CONTRACT_DISPUTES, { id: contractId }))
      .contractDisputes;
    expect(dispute).toMatchObject({
      status: 'RESOLVED',
      releasedMinor: 60_000,
      refundedMinor: 40_000,
      pendingApproval: null,
    });
  });

  it('carries out a big ops decision only when a second ops member approves it; small ones at once', async () => {
    // €2,000 is $2,320 at the day's rate: above the $1,000 the platform lets one ops member move.
    const { contractId, disputeId } = await disputed(200_000);
    await va.ok(ESCALATE, { id: disputeId });
    const held = (
      await ops.ok<{ decideDispute: DisputeOut }>(DECIDE, {
        input: { disputeId, freelancerShareBps: 6_000, note: 'Both catalogues were asked for in writing.' },
      })
    ).decideDispute;
    expect(held).toMatchObject({
      status: 'MEDIATION',
      pendingApproval: {
        kind: 'DISPUTE_DECISION',
        freelancerShareBps: 6_000,
        note: 'Both catalogues were asked for in writing.',
      },
    });
    const requestId = held.pendingApproval?.id as string;
    expect(code((await decide(ops, requestId, 'APPROVE')).errors)).toBe('APPROVAL_STATE');
    expect(code((await decide(owner, requestId, 'APPROVE')).errors)).toBe('NOT_FOUND');
    expect((await pending(secondOps)).map((item) => item.id)).toContain(requestId);
    await decide(secondOps, requestId, 'APPROVE');
    const [dispute] = (await owner.ok<{ contractDisputes: DisputeOut[] }>(CONTRACT_DISPUTES, { id: contractId }))
      .contractDisputes;
    expect(dispute).toMatchObject({ status: 'RESOLVED', releasedMinor: 120_000, refundedMinor: 80_000 });
    const [entry] = await dataSource.query(
      `SELECT actor_id, details FROM audit_log WHERE action = 'dispute.decide' AND target_id = $1`,
      [disputeId],
    );
    expect(entry.details).toMatchObject({ freelancerShareBps: 6_000, releasedMinor: 120_000 });
    expect(entry.details.approvedBy).toBeDefined();
    expect(entry.details.approvedBy).not.toBe(entry.actor_id);

    // A decision waiting for its second approver is cancelled when the parties agree meanwhile.
    const agreed = await disputed(300_000);
    await va.ok(ESCALATE, { id: agreed.disputeId });
    const waiting = (
      await ops.ok<{ decideDispute: DisputeOut }>(DECIDE, {
        input: { disputeId: agreed.disputeId, freelancerShareBps: 5_000, note: 'Half of it was delivered on time.' },
      })
    ).decideDispute.pendingApproval;
    await va.ok(PROPOSE, { input: { disputeId: agreed.disputeId, freelancerShareBps: 7_000 } });
    await owner.ok(ACCEPT, { id: agreed.disputeId });
    expect((await pending(secondOps)).map((item) => item.id)).not.toContain(waiting?.id);
    expect(code((await decide(secondOps, waiting?.id as string, 'APPROVE')).errors)).toBe('APPROVAL_STATE');

    const small = await disputed(50_000);
    await va.ok(ESCALATE, { id: small.disputeId });
    const decided = await ops.ok<{ decideDispute: DisputeOut }>(DECIDE, {
      input: { disputeId: small.disputeId, freelancerShareBps: 5_000, note: 'Half the work was done.' },
    });
    expect(decided.decideDispute).toMatchObject({ status: 'RESOLVED', pendingApproval: null });
    expect(await unbalancedTransactions(dataSource)).toBe(0);
  });
});

async function vaIdOf(dataSource: DataSource, contractId: string): Promise<string> {
  return (await dataSource.query('SELECT freelancer_id FROM contracts WHERE id = $1', [contractId]))[0].freelancer_id;
}
