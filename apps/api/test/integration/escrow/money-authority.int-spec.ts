import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { OrganizationRole } from '../../../src/platform/access/actor.js';
import { addMember, createUser } from '../../../src/seed/factories.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'money authority 1';
const SUBMIT = 'mutation($input: SubmitMilestoneInput!) { submitMilestone(input: $input) { id } }';
const MONEY = `query($id: ID!) { contract(id: $id) { milestones { id bonus awaitingApproval
  money { releasedMinor refundedMinor heldMinor } } } }`;
const OPEN = 'mutation($input: OpenDisputeInput!) { openDispute(input: $input) { id } }';
const PROPOSE = 'mutation($input: DisputeShareInput!) { proposeSettlement(input: $input) { id } }';
const ACCEPT = 'mutation($id: ID!) { acceptSettlement(disputeId: $id) { id } }';
const BONUS = 'mutation($input: GiveBonusInput!) { giveBonus(input: $input) { id awaitingApproval } }';
const POLICY = 'mutation($input: ApprovalPolicyInput!) { setApprovalPolicy(input: $input) { thresholdMinor } }';

type Milestone = {
  id: string;
  bonus: boolean;
  awaitingApproval: boolean;
  money: { releasedMinor: number; refundedMinor: number; heldMinor: number };
};
const code = (result: { errors?: Array<{ extensions?: { code?: string } }> }) => result.errors?.[0]?.extensions?.code;

describe('who can cause held money to move to the VA, by any path', () => {
  let testApp: TestApp;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let skillIds: Record<string, string>;
  /** Every kind of actor who could try: the business's four roles, the VA, and ops. */
  const actors = {} as Record<OrganizationRole | 'va' | 'opsVetter' | 'opsAdmin', GraphqlAgent>;

  /** A contract of the organisation whose one milestone is paid in and handed in. */
  const handedIn = async (amountMinor = 20_000) => {
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Catalogue', amountMinor },
    ]);
    const milestoneId = milestoneIds[0] as string;
    await payIntoEscrow(owner, milestoneId);
    await va.ok(SUBMIT, { input: { milestoneId, message: 'Done.' } });
    return { contractId, milestoneId };
  };
  const milestones = async (contractId: string) =>
    (await owner.ok<{ contract: { milestones: Milestone[] } }>(MONEY, { id: contractId })).contract.milestones;
  const releasedToVa = async (contractId: string) =>
    (await milestones(contractId)).reduce((sum, milestone) => sum + milestone.money.releasedMinor, 0);

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
    const { myOrganization } = await owner.ok<{ myOrganization: { id: string } }>('{ myOrganization { id } }');
    actors.owner = owner;
    actors.va = va;
    for (const role of ['admin', 'hiring_manager', 'finance'] as const) {
      const user = await addMember(testApp.dataSource, myOrganization.id, role, { password: PASSWORD });
      actors[role] = testApp.agent();
      await actors[role].signIn(user.email, PASSWORD, 'CLIENT');
    }
    for (const [name, opsRole] of [
      ['opsVetter', 'vetter'],
      ['opsAdmin', 'admin'],
    ] as const) {
      const user = await createUser(testApp.dataSource, 'ops', { password: PASSWORD, opsRole });
      actors[name] = testApp.agent();
      await actors[name].signIn(user.email, PASSWORD, 'OPS');
    }
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** Each path that can send held money to the VA, run by one member; resolves to what reached the VA. */
  const paths: Record<string, (member: GraphqlAgent) => Promise<number>> = {
    release: async (member) => {
      const { contractId, milestoneId } = await handedIn();
      await member.request('mutation($id: ID!) { releaseMilestone(input: { milestoneId: $id }) { id } }', {
        id: milestoneId,
      });
      return releasedToVa(contractId);
    },
    'accepting the VA’s split': async (member) => {
      const { contractId, milestoneId } = await handedIn();
      const { openDispute } = await owner.ok<{ openDispute: { id: string } }>(OPEN, {
        input: { milestoneId, reason: 'The catalogue is missing half of the products.' },
      });
      await va.ok(PROPOSE, { input: { disputeId: openDispute.id, freelancerShareBps: 10_000 } });
      await member.request(ACCEPT, { id: openDispute.id });
      return releasedToVa(contractId);
    },
    'proposing a split the VA accepts': async (member) => {
      const { contractId, milestoneId } = await handedIn();
      const { openDispute } = await va.ok<{ openDispute: { id: string } }>(OPEN, {
        input: { milestoneId, reason: 'The business asks for work outside the contract.' },
      });
      await member.request(PROPOSE, { input: { disputeId: openDispute.id, freelancerShareBps: 10_000 } });
      await va.request(ACCEPT, { id: openDispute.id });
      return releasedToVa(contractId);
    },
    'paying a bonus': async (member) => {
      const { contractId } = await fixedContract(owner, va, skillIds, [{ title: 'Catalogue', amountMinor: 20_000 }]);
      const { giveBonus } = await owner.ok<{ giveBonus: { id: string } }>(BONUS, {
        input: { contractId, amountMinor: 5_000, message: 'Thank you.' },
      });
      const paid = await member.request<{ payMilestone: { id: string } }>(
        'mutation($id: ID!) { payMilestone(milestoneId: $id) { id } }',
        { id: giveBonus.id },
      );
      if (paid.data) {
        await member.request('mutation($input: SandboxCardInput!) { paySandboxCard(input: $input) { id } }', {
          input: { paymentId: paid.data.payMilestone.id, cardNumber: '4242424242424242' },
        });
      }
      return releasedToVa(contractId);
    },
  };

  /**
   * Whether each actor can, by this path, make held money reach the VA. Ops move money only by deciding
   * a dispute in mediation (a second ops member approves big decisions: approvals.int-spec.ts); the VA
   * only by accepting what the business proposed.
   */
  const expected: Record<keyof typeof actors, boolean> = {
    owner: true,
    admin: true,
    hiring_manager: true,
    finance: false,
    va: false,
    opsVetter: false,
    opsAdmin: false,
  };

  for (const [path, run] of Object.entries(paths)) {
    it(`by ${path}: owners, admins and hiring managers can; finance, the VA and ops cannot`, async () => {
      for (const actor of Object.keys(expected) as Array<keyof typeof actors>) {
        const reached = await run(actors[actor]);
        expect({ actor, moved: reached > 0 }).toEqual({ actor, moved: expected[actor] });
      }
    });
  }

  it('refuses finance with FORBIDDEN on every money-moving call, and leaves the money held', async () => {
    const finance = actors.finance;
    const { contractId, milestoneId } = await handedIn();
    const { openDispute } = await finance.ok<{ openDispute: { id: string } }>(OPEN, {
      input: { milestoneId, reason: 'Opening a dispute is allowed to every member.' },
    });
    await va.ok(PROPOSE, { input: { disputeId: openDispute.id, freelancerShareBps: 10_000 } });
    expect(code(await finance.request(ACCEPT, { id: openDispute.id }))).toBe('FORBIDDEN');
    expect(
      code(await finance.request(PROPOSE, { input: { disputeId: openDispute.id, freelancerShareBps: 5_000 } })),
    ).toBe('FORBIDDEN');
    expect((await milestones(contractId))[0]?.money).toMatchObject({ releasedMinor: 0, heldMinor: 20_000 });
  });
});

describe('approval amounts count what one member commits on a contract over the window', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('makes the second and third of three bonuses just under the amount wait for an admin', async () => {
    const { owner, va, skillIds } = await contractParties(testApp, PASSWORD);
    const { myOrganization } = await owner.ok<{ myOrganization: { id: string } }>('{ myOrganization { id } }');
    await owner.ok(POLICY, { input: { thresholdMinor: 100_000, currency: 'EUR', kinds: ['BONUS'] } });
    const user = await addMember(testApp.dataSource, myOrganization.id, 'hiring_manager', { password: PASSWORD });
    const manager = testApp.agent();
    await manager.signIn(user.email, PASSWORD, 'CLIENT');
    const { contractId } = await fixedContract(owner, va, skillIds, [{ title: 'Catalogue', amountMinor: 20_000 }]);

    const waits = [];
    for (let n = 0; n < 3; n++) {
      const { giveBonus } = await manager.ok<{ giveBonus: { awaitingApproval: boolean } }>(BONUS, {
        input: { contractId, amountMinor: 99_999, message: `Bonus ${n + 1}` },
      });
      waits.push(giveBonus.awaitingApproval);
    }
    expect(waits).toEqual([false, true, true]);

    // On another contract the member starts from nothing.
    const other = await fixedContract(owner, va, skillIds, [{ title: 'Listings', amountMinor: 20_000 }]);
    const { giveBonus } = await manager.ok<{ giveBonus: { awaitingApproval: boolean } }>(BONUS, {
      input: { contractId: other.contractId, amountMinor: 99_999, message: 'Bonus' },
    });
    expect(giveBonus.awaitingApproval).toBe(false);
  });
});
