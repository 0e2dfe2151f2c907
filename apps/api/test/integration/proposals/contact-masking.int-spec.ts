import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { contractParties } from '../../support/contracts.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'contact masking 1';
const PROPOSALS = `query($jobId: ID!) { jobProposals(jobId: $jobId) { items { id status coverLetter screeningAnswers } } }`;
const MY_OFFERS = '{ myOffers(limit: 10) { items { id status message } } }';
const SEARCH = `query($query: String!) { searchJobListings(query: $query) { totalCount items { summary } } }`;

describe('contact details on every channel before a contract', () => {
  let testApp: TestApp;
  let owner: GraphqlAgent;
  let va: GraphqlAgent;
  let skillIds: Record<string, string>;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    ({ owner, va, skillIds } = await contractParties(testApp, PASSWORD));
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('are hidden in proposals and offers until the two sides have a contract, then shown as written', async () => {
    const jobId = await publishJobPost(
      owner,
      jobPostInput(skillIds, {
        budgetKind: 'FIXED',
        budgetMinMinor: null,
        budgetMaxMinor: 40_000,
        screeningQuestions: ['Which help desks have you used?'],
      }),
    );
    const coverLetter =
      'I have run support for candle shops for years. Write to aino@example.net or call +358 40 123 4567.';
    const { submitProposal } = await va.ok<{ submitProposal: { id: string } }>(
      'mutation($input: SubmitProposalInput!) { submitProposal(input: $input) { id } }',
      {
        input: {
          jobId,
          coverLetter,
          amountMinor: 40_000,
          availableFrom: '2099-01-04',
          screeningAnswers: ['Zendesk; my portfolio is at https://aino.example/work'],
        },
      },
    );
    const read = async () =>
      (await owner.ok<{ jobProposals: { items: Array<Record<string, unknown>> } }>(PROPOSALS, { jobId })).jobProposals
        .items[0];
    expect(await read()).toMatchObject({
      coverLetter: 'I have run support for candle shops for years. Write to [hidden] or call [hidden].',
      screeningAnswers: ['Zendesk; my portfolio is at [hidden]'],
    });

    const { makeOffer } = await owner.ok<{ makeOffer: { id: string } }>(
      'mutation($input: MakeOfferInput!) { makeOffer(input: $input) { id } }',
      {
        input: {
          proposalId: submitProposal.id,
          startDate: '2099-01-04',
          kind: 'FIXED',
          milestones: [{ title: 'Catalogue', amountMinor: 40_000 }],
          message: 'Welcome! Add me on WhatsApp, +49 30 1234 5678.',
        },
      },
    );
    const offer = async () =>
      (await va.ok<{ myOffers: { items: Array<{ id: string; message: string }> } }>(MY_OFFERS)).myOffers.items.find(
        (item) => item.id === makeOffer.id,
      );
    expect((await offer())?.message).toBe('Welcome! Add me on [hidden], [hidden].');

    await va.ok('mutation($id: ID!) { acceptOffer(id: $id) { id } }', { id: makeOffer.id });
    expect((await offer())?.message).toBe('Welcome! Add me on WhatsApp, +49 30 1234 5678.');
    expect(await read()).toMatchObject({ status: 'HIRED', coverLetter });
  });

  it('cannot be searched for: search reads posts as VAs read them', async () => {
    await publishJobPost(
      owner,
      jobPostInput(skillIds, {
        summary: 'Inventory help for our candle shop; questions to olga.searchable@example.org.',
      }),
    );
    const found = await va.ok<{ searchJobListings: { totalCount: number; items: Array<{ summary: string }> } }>(
      SEARCH,
      { query: 'inventory candle' },
    );
    expect(found.searchJobListings.items.map((item) => item.summary)).toContain(
      'Inventory help for our candle shop; questions to [hidden].',
    );
    const byAddress = await va.ok<{ searchJobListings: { totalCount: number } }>(SEARCH, {
      query: 'olga.searchable@example.org',
    });
    expect(byAddress.searchJobListings.totalCount).toBe(0);
  });
});
