import type { DataSource } from 'typeorm';
import { MatchingService } from '../../src/modules/matching/matching.service.js';
import {
  createFreelancer,
  createOrganization,
  ensureSkillCatalog,
  type FreelancerSpec,
} from '../../src/seed/factories.js';
import { approvedVa } from './freelancers.js';
import { jobPostInput, publishJobPost } from './job-posts.js';
import type { GraphqlAgent, TestApp } from './test-app.js';

/** The two sides of a contract, signed in: a business owner and an approved VA whose match card is ready. */
export async function contractParties(testApp: TestApp, password: string, vaChanges: Partial<FreelancerSpec> = {}) {
  const { dataSource } = testApp;
  await ensureSkillCatalog(dataSource);
  const { owner: ownerUser } = await createOrganization(dataSource, { owner: { password } });
  const vaUser = (await createFreelancer(dataSource, approvedVa('Aino', password, vaChanges))).user;
  await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
  const owner = testApp.agent();
  await owner.signIn(ownerUser.email, password, 'CLIENT');
  const va = testApp.agent();
  await va.signIn(vaUser.email, password, 'FREELANCER');
  return { owner, va, vaId: vaUser.id, skillIds: await owner.skillIds() };
}

/** How many ledger transactions do not balance in some currency (the database refuses them; always 0). */
export async function unbalancedTransactions(dataSource: DataSource): Promise<number> {
  const [{ unbalanced }] = await dataSource.query(
    `SELECT count(*)::int AS unbalanced FROM (SELECT transaction_id FROM ledger_postings
     GROUP BY transaction_id, currency HAVING sum(amount_minor) <> 0) t`,
  );
  return unbalanced;
}

/**
 * A fixed-price contract in euros, made the way users make one: the business publishes a post,
 * the VA proposes, the business offers the milestones, the VA accepts. Returns the ids.
 */
export function fixedContract(
  client: GraphqlAgent,
  freelancer: GraphqlAgent,
  skillIds: Record<string, string>,
  milestones: Array<{ title: string; amountMinor: number }>,
  terms: Record<string, unknown> = {},
): Promise<{ contractId: string; milestoneIds: string[] }> {
  const total = milestones.reduce((sum, milestone) => sum + milestone.amountMinor, 0);
  return agreedContract(client, freelancer, skillIds, total, { kind: 'FIXED', milestones, ...terms });
}

/** An hourly contract in euros, made the same way (`terms`: the rate and the weekly limit); its first week is its milestone. */
export function hourlyContract(
  client: GraphqlAgent,
  freelancer: GraphqlAgent,
  skillIds: Record<string, string>,
  terms: { hourlyRateMinor: number; weeklyLimitHours: number },
): Promise<{ contractId: string; milestoneIds: string[] }> {
  return agreedContract(client, freelancer, skillIds, terms.hourlyRateMinor * terms.weeklyLimitHours, {
    kind: 'HOURLY',
    ...terms,
  });
}

/** A monthly retainer in euros, made the same way (`terms`: the offer's retainer fields). */
export function retainerContract(
  client: GraphqlAgent,
  freelancer: GraphqlAgent,
  skillIds: Record<string, string>,
  terms: { monthlyAmountMinor: number; monthlyHours: number } & Record<string, unknown>,
): Promise<{ contractId: string; milestoneIds: string[] }> {
  return agreedContract(client, freelancer, skillIds, terms.monthlyAmountMinor, { kind: 'RETAINER', ...terms });
}

/** A fixed-price post by the business and the VA's proposal on it (its id), ready for an offer. */
export async function liveProposal(
  client: GraphqlAgent,
  freelancer: GraphqlAgent,
  skillIds: Record<string, string>,
  total: number,
): Promise<string> {
  const jobId = await publishJobPost(
    client,
    jobPostInput(skillIds, { budgetKind: 'FIXED', budgetMinMinor: total, budgetMaxMinor: total }),
  );
  const { submitProposal } = await freelancer.ok<{ submitProposal: { id: string } }>(
    'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
    {
      input: {
        jobId,
        coverLetter: 'I have run Shopify stores for candle makers for three years and can start on Monday.',
        amountMinor: total,
        availableFrom: '2099-01-04',
      },
    },
  );
  return submitProposal.id;
}

async function agreedContract(
  client: GraphqlAgent,
  freelancer: GraphqlAgent,
  skillIds: Record<string, string>,
  total: number,
  offer: Record<string, unknown>,
): Promise<{ contractId: string; milestoneIds: string[] }> {
  const proposalId = await liveProposal(client, freelancer, skillIds, total);
  const { makeOffer } = await client.ok<{ makeOffer: { id: string } }>(
    'mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }',
    { input: { proposalId, startDate: '2099-01-04', ...offer } },
  );
  const { acceptOffer } = await freelancer.ok<{ acceptOffer: { id: string; milestones: Array<{ id: string }> } }>(
    'mutation($id: ID!) { acceptOffer(id: $id) { id milestones { id } } }',
    { id: makeOffer.id },
  );
  return { contractId: acceptOffer.id, milestoneIds: acceptOffer.milestones.map((milestone) => milestone.id) };
}

/** Pays a milestone into escrow with the sandbox's good test card, as the client's card form does. */
export async function payIntoEscrow(client: GraphqlAgent, milestoneId: string): Promise<void> {
  const { payMilestone } = await client.ok<{ payMilestone: { id: string } }>(
    'mutation($id: ID!) { payMilestone(milestoneId: $id) { id } }',
    { id: milestoneId },
  );
  await client.ok('mutation($input: SandboxCardInput!) { paySandboxCard(input: $input) { id } }', {
    input: { paymentId: payMilestone.id, cardNumber: '4242424242424242' },
  });
}

const WEEK_MILESTONES = `query($id: ID!) { contract(id: $id) { milestones { id status amountMinor periodStart periodEnd
  minutesWorked autoReleaseAt splitFromId money { fundedMinor releasedMinor refundedMinor heldMinor } } } }`;

export interface WeekMilestone {
  id: string;
  status: string;
  amountMinor: number;
  periodStart: string | null;
  periodEnd: string | null;
  minutesWorked: number | null;
  autoReleaseAt: string | null;
  splitFromId: string | null;
  money: { fundedMinor: number; releasedMinor: number; refundedMinor: number; heldMinor: number };
}

/**
 * A 10 h/week hourly contract at €15/h whose first week was 23–29 November 2026 (so it is over),
 * paid into escrow unless `paid: false`; the VA works in Manila. With readers of its milestones
 * and a way to log a duration on a day.
 */
export async function pastHourlyWeek(testApp: TestApp, password: string, options: { paid?: boolean } = {}) {
  const parties = await contractParties(testApp, password, { timeZone: 'Asia/Manila' });
  const { contractId, milestoneIds } = await hourlyContract(parties.owner, parties.va, parties.skillIds, {
    hourlyRateMinor: 1500,
    weeklyLimitHours: 10,
  });
  const [weekId] = milestoneIds as [string];
  await testApp.dataSource.query(
    `UPDATE contract_milestones SET period_start = '2026-11-23', period_end = '2026-11-29' WHERE id = $1`,
    [weekId],
  );
  if (options.paid !== false) await payIntoEscrow(parties.owner, weekId);
  const milestones = async (agent: GraphqlAgent = parties.owner) =>
    (await agent.ok<{ contract: { milestones: WeekMilestone[] } }>(WEEK_MILESTONES, { id: contractId })).contract
      .milestones;
  const log = (workDate: string, minutes: number, memo = 'Orders and returns.') =>
    parties.va.request('mutation($input: LogTimeInput!) { logTime(input: $input) }', {
      input: { contractId, workDate, minutes, memo },
    });
  return { ...parties, contractId, weekId, milestones, log };
}
