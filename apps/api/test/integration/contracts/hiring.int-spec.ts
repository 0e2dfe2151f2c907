import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { createFreelancer, createOrganization, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { approvedVa } from '../../support/freelancers.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import { lastEmailTo } from '../../support/outbox.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'hiring password 1';
const COVER = 'I have answered customer e-mails for two Shopify shops for three years, in English and Italian.';
const SUBMIT = 'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }';
const SHORTLIST = 'mutation($id: ID!) { shortlistProposal(id: $id) { id status } }';
const DECLINE =
  'mutation($id: ID!, $reason: DeclineReason!) { declineProposal(id: $id, reason: $reason) { status declineReason } }';
const SEND = `mutation($input: SendJobMessageInput!) { sendJobMessage(input: $input) { body authorName fromFreelancer } }`;
const THREAD = `query($jobId: ID!, $freelancerId: ID) {
  jobThread(jobId: $jobId, freelancerId: $freelancerId) { totalCount items { body fromFreelancer } }
}`;
const OFFER_FIELDS = `id status message proposalId organizationName job { id } freelancer { id }
  terms { kind currency hourlyRateMinor weeklyLimitHours monthlyAmountMinor trialWeeks startDate }
  milestones { title amountMinor dueDate }`;
const MAKE_OFFER = `mutation($input: MakeOfferInput!) { makeOffer(input: $input) { ${OFFER_FIELDS} } }`;
const ACCEPT = `mutation($id: ID!) { acceptOffer(id: $id) {
  id status organizationName freelancer { id } terms { kind hourlyRateMinor weeklyLimitHours startDate } milestones { title amountMinor }
} }`;
const CONTRACTS = '{ contracts { totalCount items { id job { id } } } }';

type Errors = Array<{ extensions?: { code?: string; fields?: Record<string, string> } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('hiring: shortlist, decline, messages, offers and contracts', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let otherClient: GraphqlAgent;
  let giulia: GraphqlAgent;
  let marco: GraphqlAgent;
  let giuliaId: string;
  let marcoEmail: string;
  let skillIds: Record<string, string>;

  const signedIn = async (email: string, kind: 'CLIENT' | 'FREELANCER') => {
    const agent = testApp.agent();
    await agent.signIn(email, PASSWORD, kind);
    return agent;
  };
  /** A fresh open post with a proposal from each VA; returns the post and the proposals' ids. */
  const postWithProposals = async () => {
    const jobId = await publishJobPost(owner, jobPostInput(skillIds));
    const propose = async (agent: GraphqlAgent) =>
      (
        await agent.ok<{ submitProposal: { id: string } }>(SUBMIT, {
          input: { jobId, coverLetter: COVER, amountMinor: 1600, availableFrom: '2099-01-04' },
        })
      ).submitProposal.id;
    return { jobId, giuliaProposal: await propose(giulia), marcoProposal: await propose(marco) };
  };
  const hourlyOffer = (proposalId: string, changes: Record<string, unknown> = {}) => ({
    input: {
      proposalId,
      kind: 'HOURLY',
      hourlyRateMinor: 1600,
      weeklyLimitHours: 20,
      trialWeeks: 2,
      startDate: '2099-01-04',
      message: 'Welcome aboard!',
      ...changes,
    },
  });

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { owner: ownerUser } = await createOrganization(dataSource, {
      name: 'Northwind Candles',
      owner: { password: PASSWORD },
    });
    const { owner: otherUser } = await createOrganization(dataSource, { name: 'Other', owner: { password: PASSWORD } });
    owner = await signedIn(ownerUser.email, 'CLIENT');
    otherClient = await signedIn(otherUser.email, 'CLIENT');
    skillIds = await owner.skillIds();
    const giuliaUser = (await createFreelancer(dataSource, approvedVa('Giulia', PASSWORD))).user;
    const marcoUser = (await createFreelancer(dataSource, approvedVa('Marco', PASSWORD, { locale: 'it' }))).user;
    giuliaId = giuliaUser.id;
    marcoEmail = marcoUser.email;
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    giulia = await signedIn(giuliaUser.email, 'FREELANCER');
    marco = await signedIn(marcoUser.email, 'FREELANCER');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('shortlists one VA and declines another politely, in their language; other organisations cannot', async () => {
    const { jobId, giuliaProposal, marcoProposal } = await postWithProposals();
    expect(code((await otherClient.request(SHORTLIST, { id: giuliaProposal })).errors)).toBe('NOT_FOUND');
    expect(
      (await owner.ok<{ shortlistProposal: unknown }>(SHORTLIST, { id: giuliaProposal })).shortlistProposal,
    ).toEqual({
      id: giuliaProposal,
      status: 'SHORTLISTED',
    });
    expect(code((await owner.request(SHORTLIST, { id: giuliaProposal })).errors)).toBe('PROPOSAL_STATUS');

    const declined = await owner.ok<{ declineProposal: unknown }>(DECLINE, { id: marcoProposal, reason: 'BUDGET' });
    expect(declined.declineProposal).toEqual({ status: 'DECLINED', declineReason: 'BUDGET' });
    const { email } = await lastEmailTo(dataSource, marcoEmail);
    expect(email.subject).toBe('La tua proposta: Customer support for a candle shop');
    expect(email.bodyText).toContain('cerca un budget diverso');
    // The VA sees the outcome on their own proposal.
    const mine = await marco.ok<{ myProposalForJob: { status: string } }>(
      'query($jobId: ID!) { myProposalForJob(jobId: $jobId) { status } }',
      { jobId },
    );
    expect(mine.myProposalForJob.status).toBe('DECLINED');
  });

  it('keeps one thread per job and VA, with contact details hidden until a contract', async () => {
    const { jobId, giuliaProposal } = await postWithProposals();
    const fromClient = await owner.ok<{ sendJobMessage: unknown }>(SEND, {
      input: { jobId, freelancerId: giuliaId, body: 'Could you start sooner? Mail me at olga@northwind.example' },
    });
    expect(fromClient.sendJobMessage).toEqual({
      body: 'Could you start sooner? Mail me at [hidden]',
      authorName: expect.any(String),
      fromFreelancer: false,
    });
    await giulia.ok(SEND, { input: { jobId, body: 'Yes, from Monday.' } });
    await giulia.ok(SEND, { input: { jobId, body: 'And I can do evenings.' } });
    // The first page is the newest; it reads in the order written.
    const { jobThread } = await giulia.ok<{ jobThread: unknown }>(
      'query($jobId: ID!) { jobThread(jobId: $jobId, limit: 2) { totalCount items { body fromFreelancer } } }',
      { jobId },
    );
    expect(jobThread).toEqual({
      totalCount: 3,
      items: [
        { body: 'Yes, from Monday.', fromFreelancer: true },
        { body: 'And I can do evenings.', fromFreelancer: true },
      ],
    });
    const oldest = await giulia.ok<{ jobThread: { items: Array<{ body: string }> } }>(THREAD, { jobId });
    expect(oldest.jobThread.items[0]?.body).toBe('Could you start sooner? Mail me at [hidden]');
    // The organisation names the VA; other organisations and VAs without a proposal have no thread.
    expect(code((await owner.request(THREAD, { jobId })).errors)).toBe('BAD_USER_INPUT');
    expect(code((await otherClient.request(THREAD, { jobId, freelancerId: giuliaId })).errors)).toBe('NOT_FOUND');
    const otherJob = await publishJobPost(owner, jobPostInput(skillIds));
    expect(code((await giulia.request(SEND, { input: { jobId: otherJob, body: 'Hello?' } })).errors)).toBe('NOT_FOUND');

    const { makeOffer } = await owner.ok<{ makeOffer: { id: string } }>(MAKE_OFFER, hourlyOffer(giuliaProposal));
    await giulia.ok(ACCEPT, { id: makeOffer.id });
    const after = await giulia.ok<{ jobThread: { items: Array<{ body: string }> } }>(THREAD, { jobId });
    expect(after.jobThread.items[0]?.body).toBe('Could you start sooner? Mail me at olga@northwind.example');
  });

  it('turns an accepted offer into a contract both sides see, once; bad terms write nothing', async () => {
    const { jobId, giuliaProposal, marcoProposal } = await postWithProposals();
    const bad = await owner.request(
      MAKE_OFFER,
      hourlyOffer(giuliaProposal, { weeklyLimitHours: null, startDate: '2020-01-01' }),
    );
    expect(code(bad.errors)).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.fields).toEqual({ weeklyLimitHours: 'required', startDate: 'inPast' });
    // A milestone is worth at least $5.00: €4.31 is not (at the seeded 1.16 USD per euro, €4.32 is).
    const small = await owner.request(
      MAKE_OFFER,
      hourlyOffer(giuliaProposal, {
        kind: 'FIXED',
        milestones: [
          { title: 'Too small', amountMinor: 431 },
          { title: 'Enough', amountMinor: 432 },
        ],
      }),
    );
    expect(small.errors?.[0]?.extensions?.fields).toEqual({ 'milestones.0.amountMinor': 'belowMinimum' });
    expect(code((await otherClient.request(MAKE_OFFER, hourlyOffer(giuliaProposal))).errors)).toBe('NOT_FOUND');

    const { makeOffer } = await owner.ok<{ makeOffer: Record<string, unknown> & { id: string } }>(
      MAKE_OFFER,
      hourlyOffer(giuliaProposal),
    );
    expect(makeOffer).toMatchObject({
      status: 'PENDING',
      proposalId: giuliaProposal,
      organizationName: 'Northwind Candles',
      terms: { kind: 'HOURLY', currency: 'EUR', hourlyRateMinor: 1600, weeklyLimitHours: 20, monthlyAmountMinor: null },
      milestones: [],
    });
    expect(code((await owner.request(MAKE_OFFER, hourlyOffer(giuliaProposal))).errors)).toBe('OFFER_EXISTS');
    const offerEmail = await lastEmailTo(dataSource, await giuliaEmail());
    expect(offerEmail.email.subject).toBe('You have an offer: Customer support for a candle shop');
    // Only the VA it is made to may answer it.
    expect(code((await marco.request(ACCEPT, { id: makeOffer.id })).errors)).toBe('NOT_FOUND');

    const { acceptOffer } = await giulia.ok<{ acceptOffer: { id: string } }>(ACCEPT, { id: makeOffer.id });
    expect(acceptOffer).toMatchObject({
      status: 'ACTIVE',
      organizationName: 'Northwind Candles',
      freelancer: { id: giuliaId },
      terms: { kind: 'HOURLY', hourlyRateMinor: 1600, weeklyLimitHours: 20, startDate: '2099-01-04' },
    });
    expect(code((await giulia.request(ACCEPT, { id: makeOffer.id })).errors)).toBe('OFFER_STATUS');
    expect(
      (
        await giulia.ok<{ myProposalForJob: { status: string } }>(
          'query($jobId: ID!) { myProposalForJob(jobId: $jobId) { status } }',
          { jobId },
        )
      ).myProposalForJob.status,
    ).toBe('HIRED');

    for (const side of [owner, giulia]) {
      const { contracts } = await side.ok<{ contracts: { items: Array<{ id: string }> } }>(CONTRACTS);
      expect(contracts.items.map((contract) => contract.id)).toContain(acceptOffer.id);
    }
    for (const stranger of [otherClient, marco]) {
      const result = await stranger.request('query($id: ID!) { contract(id: $id) { id } }', { id: acceptOffer.id });
      expect(code(result.errors)).toBe('NOT_FOUND');
    }

    // A fixed price keeps its milestones in order; the VA may decline, the business withdraw.
    const fixed = await owner.ok<{ makeOffer: { id: string; milestones: unknown[] } }>(
      MAKE_OFFER,
      hourlyOffer(marcoProposal, {
        kind: 'FIXED',
        milestones: [
          { title: 'Clear the backlog', amountMinor: 30000, dueDate: '2099-01-15' },
          { title: 'Write the macros', amountMinor: 20000 },
        ],
      }),
    );
    expect(fixed.makeOffer.milestones).toEqual([
      { title: 'Clear the backlog', amountMinor: 30000, dueDate: '2099-01-15' },
      { title: 'Write the macros', amountMinor: 20000, dueDate: null },
    ]);
    const offerId = fixed.makeOffer.id;
    await owner.ok('mutation($id: ID!) { withdrawOffer(id: $id) { status } }', { id: offerId });
    expect(code((await marco.request(ACCEPT, { id: offerId })).errors)).toBe('OFFER_STATUS');
    const again = await owner.ok<{ makeOffer: { id: string } }>(
      MAKE_OFFER,
      hourlyOffer(marcoProposal, { kind: 'FIXED', milestones: [{ title: 'Clear the backlog', amountMinor: 30000 }] }),
    );
    const accepted = await marco.ok<{ acceptOffer: { milestones: unknown[] } }>(ACCEPT, { id: again.makeOffer.id });
    expect(accepted.acceptOffer.milestones).toEqual([{ title: 'Clear the backlog', amountMinor: 30000 }]);
    const { jobOffers } = await owner.ok<{ jobOffers: { items: Array<{ status: string }> } }>(
      'query($jobId: ID!) { jobOffers(jobId: $jobId) { items { status } } }',
      { jobId },
    );
    expect(jobOffers.items.map((offer) => offer.status).sort()).toEqual(['ACCEPTED', 'ACCEPTED', 'WITHDRAWN']);
  });

  it('an offer left pending on a withdrawn proposal cannot become a contract', async () => {
    const { giuliaProposal } = await postWithProposals();
    const { makeOffer } = await owner.ok<{ makeOffer: { id: string } }>(MAKE_OFFER, hourlyOffer(giuliaProposal));
    await giulia.ok('mutation($id: ID!) { withdrawProposal(id: $id) { id } }', { id: giuliaProposal });
    expect(code((await giulia.request(ACCEPT, { id: makeOffer.id })).errors)).toBe('PROPOSAL_STATUS');
    const [{ count }] = await dataSource.query('SELECT count(*)::int AS count FROM contracts WHERE offer_id = $1', [
      makeOffer.id,
    ]);
    expect(count).toBe(0);
    // The offer still waits, so the VA can decline it and the business withdraw it.
    await giulia.ok('mutation($id: ID!) { declineOffer(id: $id) { status } }', { id: makeOffer.id });
  });

  async function giuliaEmail(): Promise<string> {
    const [row] = await dataSource.query('SELECT email FROM users WHERE id = $1', [giuliaId]);
    return row.email;
  }
});
