import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { createFreelancer, createOrganization, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { approvedVa } from '../../support/freelancers.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'listings password 1';
const LISTING = `query($id: ID!) {
  jobListing(id: $id) { id status title summary tasks screeningQuestions budgetKind currency skills { skill { slug } importance } }
}`;
const SEARCH = `query($query: String, $skillIds: [ID!], $budgetKind: BudgetKind) {
  searchJobListings(query: $query, skillIds: $skillIds, budgetKind: $budgetKind) { totalCount items { title } }
}`;
const FEED = `{
  jobFeed { totalCount items { listing { id title } rank score invitedAt factors { factor points } facts { overlapMinutes } } }
}`;
const MY_MATCH = 'query($jobId: ID!) { myJobMatch(jobId: $jobId) { rank invitedAt listing { id } } }';

describe('job listings for VAs', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let giulia: GraphqlAgent;
  let skillIds: Record<string, string>;

  const publish = (changes: Record<string, unknown> = {}) => publishJobPost(owner, jobPostInput(skillIds, changes));
  const titles = async (variables: Record<string, unknown>) => {
    const { searchJobListings } = await giulia.ok<{
      searchJobListings: { totalCount: number; items: Array<{ title: string }> };
    }>(SEARCH, variables);
    expect(searchJobListings.totalCount).toBe(searchJobListings.items.length);
    return searchJobListings.items.map((item) => item.title);
  };

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false', MATCH_INVITE_COUNT: '1' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { owner: ownerUser } = await createOrganization(dataSource, { owner: { password: PASSWORD } });
    owner = testApp.agent();
    await owner.signIn(ownerUser.email, PASSWORD, 'CLIENT');
    skillIds = await owner.skillIds();
    const giuliaUser = (await createFreelancer(dataSource, approvedVa('Giulia', PASSWORD))).user;
    // Marco ranks below Giulia unless a post asks for inbox management, which only he has.
    await createFreelancer(
      dataSource,
      approvedVa('Marco', PASSWORD, {
        vettingScore: 70,
        skills: [
          { slug: 'customer-support', level: 'advanced', years: 3 },
          { slug: 'inbox-management', level: 'advanced', years: 3 },
        ],
      }),
    );
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    giulia = testApp.agent();
    await giulia.signIn(giuliaUser.email, PASSWORD, 'FREELANCER');
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('shows a published post with the contact details hidden; a draft does not exist for VAs', async () => {
    const jobId = await publish({
      summary: 'We sell candles online; write to olga@northwind.example or call +44 20 7946 0958 with questions.',
      tasks: ['Answer e-mails', 'Chat with buyers on WhatsApp'],
      screeningQuestions: ['Have you visited www.northwind.example?'],
    });
    const { jobListing } = await giulia.ok<{ jobListing: Record<string, unknown> }>(LISTING, { id: jobId });
    expect(jobListing).toMatchObject({
      status: 'OPEN',
      summary: 'We sell candles online; write to [hidden] or call [hidden] with questions.',
      tasks: ['Answer e-mails', 'Chat with buyers on [hidden]'],
      screeningQuestions: ['Have you visited [hidden]'],
      budgetKind: 'HOURLY',
      currency: 'EUR',
      skills: [{ skill: { slug: 'customer-support' }, importance: 'MUST_HAVE' }],
    });

    const { saveJobPost } = await owner.ok<{ saveJobPost: { id: string } }>(
      'mutation($input: SaveJobPostInput!) { saveJobPost(input: $input) { id } }',
      { input: jobPostInput(skillIds, { title: 'Still a draft' }) },
    );
    const draft = await giulia.request(LISTING, { id: saveJobPost.id });
    expect(draft.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('searches open posts by words, skill and budget kind; paused posts are not listed', async () => {
    await publish({
      title: 'Bookkeeping in Xero for a bakery',
      summary: 'Reconcile our bakery accounts in Xero every week, and chase invoices.',
    });
    await publish({
      title: 'Inbox and calendar for a founder',
      budgetKind: 'RETAINER',
      budgetMinMinor: null,
      budgetMaxMinor: 80000,
      skills: [{ skillId: skillIds['calendar-management'], importance: 'MUST_HAVE' }],
    });
    const paused = await publish({ title: 'Bakery social media posts' });
    await owner.ok('mutation($id: ID!) { pauseJobPost(id: $id) { id } }', { id: paused });

    expect(await titles({ query: 'bakery xero' })).toEqual(['Bookkeeping in Xero for a bakery']);
    expect(await titles({ query: 'bakery -xero' })).toEqual([]);
    expect(await titles({ skillIds: [skillIds['calendar-management']] })).toEqual(['Inbox and calendar for a founder']);
    expect(await titles({ budgetKind: 'RETAINER' })).toEqual(['Inbox and calendar for a founder']);
    // Without words, newest first.
    expect((await titles({})).slice(0, 2)).toEqual([
      'Inbox and calendar for a founder',
      'Bookkeeping in Xero for a bakery',
    ]);
  });

  it("feeds the VA's invitations first, then matches, each with the reasons; closed posts leave the feed", async () => {
    const matching = testApp.app.get(MatchingService);
    // One invitation per post (MATCH_INVITE_COUNT): Marco gets it where inbox management counts.
    const matched = await publish({
      title: 'Matched only',
      skills: [
        { skillId: skillIds['customer-support'], importance: 'MUST_HAVE' },
        { skillId: skillIds['inbox-management'], importance: 'NICE_TO_HAVE' },
      ],
    });
    const invited = await publish({ title: 'Invited' });
    const elsewhere = await publish({
      title: 'Needs calendars',
      skills: [{ skillId: skillIds['calendar-management'], importance: 'MUST_HAVE' }],
    });
    for (const jobId of [matched, invited, elsewhere]) await matching.rankAndInvite(jobId);

    const { jobFeed } = await giulia.ok<{
      jobFeed: {
        totalCount: number;
        items: Array<{
          listing: { id: string; title: string };
          rank: number;
          invitedAt: string | null;
          factors: unknown[];
        }>;
      };
    }>(FEED);
    const ours = jobFeed.items.filter((item) => [matched, invited].includes(item.listing.id));
    expect(ours.map((item) => [item.listing.title, item.rank, item.invitedAt !== null])).toEqual([
      ['Invited', 1, true],
      ['Matched only', 2, false],
    ]);
    expect(ours[0]?.factors.length).toBeGreaterThan(5);
    expect(jobFeed.items.some((item) => item.listing.id === elsewhere)).toBe(false);

    const { myJobMatch } = await giulia.ok<{ myJobMatch: unknown }>(MY_MATCH, { jobId: invited });
    expect(myJobMatch).toMatchObject({ rank: 1, listing: { id: invited } });
    expect((await giulia.ok<{ myJobMatch: unknown }>(MY_MATCH, { jobId: elsewhere })).myJobMatch).toBeNull();

    await owner.ok('mutation($id: ID!) { closeJobPost(id: $id) { id } }', { id: invited });
    const after = await giulia.ok<{ jobFeed: { items: Array<{ listing: { id: string } }> } }>(FEED);
    expect(after.jobFeed.items.some((item) => item.listing.id === invited)).toBe(false);
  });
});
