import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DEMO_PASSWORD, seedDemoOnce } from '../../../src/seed/demo-seed.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

describe('the demo seed’s vetting pipeline', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    // Last week's timesheet stays in review on any day: the market's window closes on Friday night,
    // and the release sweep would then take it while these tests run.
    testApp = await startTestApp({ HOURLY_REVIEW_CLOSES_HOURS: '168' });
    await seedDemoOnce(testApp.app);
  }, 60_000);
  afterAll(async () => {
    await testApp.close();
  });

  it('has VAs waiting in every stage, some approved and some rejected, with coherent histories', async () => {
    const ops = testApp.agent();
    await ops.signIn('marco@ops.delegate.test', DEMO_PASSWORD, 'OPS');
    const { vettingStageSummaries } = await ops.ok<{ vettingStageSummaries: Array<{ stage: string; total: number }> }>(
      '{ vettingStageSummaries { stage total overdue } }',
    );
    for (const row of vettingStageSummaries) expect(row.total).toBeGreaterThan(0);

    const now = Date.now();
    const { vettingFunnel } = await ops.ok<{
      vettingFunnel: { approved: number; rejected: number; submitted: number };
    }>(
      'query($from: DateTime!, $to: DateTime!) { vettingFunnel(from: $from, to: $to) { submitted approved rejected } }',
      { from: new Date(now - 90 * 86_400_000).toISOString(), to: new Date(now + 60_000).toISOString() },
    );
    expect(vettingFunnel.approved).toBeGreaterThan(0);
    expect(vettingFunnel.rejected).toBeGreaterThan(0);

    // Every seeded application's events agree with its stage: one `advanced` per stage passed.
    const rows: Array<{ stage: string; advanced: number; status: string }> = await testApp.dataSource.query(
      `SELECT a.stage, a.status, count(e.*) FILTER (WHERE e.kind = 'advanced')::int AS advanced
         FROM vetting_applications a JOIN vetting_events e ON e.application_id = a.id GROUP BY a.id`,
    );
    const order = ['screening', 'skills_test', 'interview', 'references', 'identity', 'decision'];
    for (const row of rows) expect(row.advanced).toBe(order.indexOf(row.stage));

    // A test handed in and waiting for grading can be graded from the seed as it is.
    const queue = await ops.ok<{ vettingQueue: { items: Array<{ id: string }> } }>(
      '{ vettingQueue(stage: SKILLS_TEST, limit: 100) { items { id } } }',
    );
    expect(queue.vettingQueue.items.length).toBeGreaterThan(0);
  });

  it('shows the approved demo VA her result, score and badge, and serves her résumé to ops', async () => {
    const maria = testApp.agent();
    await maria.signIn('maria.santos@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const { myVettingApplication } = await maria.ok<{
      myVettingApplication: { id: string; status: string; vettingScore: number; badges: unknown[] };
    }>('{ myVettingApplication { id status vettingScore badges { skill { slug } } } }');
    expect(myVettingApplication.status).toBe('APPROVED');
    expect(myVettingApplication.vettingScore).toBeGreaterThan(50);
    expect(myVettingApplication.badges).toHaveLength(1);

    const ops = testApp.agent();
    await ops.signIn('aylin@ops.delegate.test', DEMO_PASSWORD, 'OPS');
    const { vettingApplication } = await ops.ok<{ vettingApplication: { resume: { id: string } } }>(
      'query($id: ID!) { vettingApplication(id: $id) { resume { id } } }',
      { id: myVettingApplication.id },
    );
    const download = await ops.http('GET', `/files/resumes/${vettingApplication.resume.id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('opens with a matched, invited VA who has already proposed on the business’s open post', async () => {
    const olga = testApp.agent();
    await olga.signIn('olga@northwind-candles.test', DEMO_PASSWORD, 'CLIENT');
    const [{ id: jobId }] = await testApp.dataSource.query(
      `SELECT id FROM job_posts WHERE title = 'Customer support for our candle shop'`,
    );
    const { jobMatches, jobProposals } = await olga.ok<{
      jobMatches: { items: Array<{ invitedAt: string | null; freelancer: { id: string } }> };
      jobProposals: { totalCount: number; items: Array<{ freelancer: { id: string } }> };
    }>(
      `query($jobId: ID!) { jobMatches(jobId: $jobId) { items { invitedAt freelancer { id } } }
        jobProposals(jobId: $jobId) { totalCount items { freelancer { id } } } }`,
      { jobId },
    );
    const invited = jobMatches.items.filter((match) => match.invitedAt).map((match) => match.freelancer.id);
    expect(jobProposals.totalCount).toBe(Math.min(2, invited.length));
    expect(jobProposals.totalCount).toBeGreaterThan(0);
    for (const proposal of jobProposals.items) expect(invited).toContain(proposal.freelancer.id);
  });

  it('has a retainer in its paid trial and a fixed price with the demo business, waiting to be paid', async () => {
    const grace = testApp.agent();
    await grace.signIn('grace.wanjiru@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const retainer = await grace.ok<{ contracts: { items: unknown[] } }>(
      '{ contracts { items { organizationName milestones { title amountMinor status } } } }',
    );
    // $450 a month: the two-week trial is 14/30 of it.
    expect(retainer.contracts.items).toEqual([
      {
        organizationName: 'Northwind Candles',
        milestones: [{ title: 'Paid trial', amountMinor: 21_000, status: 'PENDING' }],
      },
    ]);
    const maria = testApp.agent();
    await maria.signIn('maria.santos@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const { contracts } = await maria.ok<{
      contracts: { items: Array<{ organizationName: string; money: { heldMinor: number }; milestones: unknown[] }> };
    }>('{ contracts { items { organizationName money { heldMinor } milestones { title amountMinor status } } } }');
    expect(contracts.items).toEqual([
      {
        organizationName: 'Northwind Candles',
        money: { heldMinor: 0 },
        milestones: [
          { title: 'New copy for twenty listings', amountMinor: 15_000, status: 'PENDING' },
          { title: 'Canva images for twenty listings', amountMinor: 12_000, status: 'PENDING' },
        ],
      },
    ]);
  });

  it('has a dispute on a handed-in milestone that ops mediate', async () => {
    const ops = testApp.agent();
    await ops.signIn('aylin@ops.delegate.test', DEMO_PASSWORD, 'OPS');
    const { disputes } = await ops.ok<{
      disputes: {
        items: Array<{ status: string; milestoneTitle: string; milestoneAmountMinor: number; currency: string }>;
      };
    }>('{ disputes(status: MEDIATION) { items { status milestoneTitle milestoneAmountMinor currency } } }');
    expect(disputes.items).toEqual([
      {
        status: 'MEDIATION',
        milestoneTitle: 'Sort the inbox into folders',
        milestoneAmountMinor: 25_000,
        currency: 'GBP',
      },
    ]);
  });

  it('has reviews revealed on both sides with a reply, a round waiting for one side, and a report for ops', async () => {
    const luca = testApp.agent();
    await luca.signIn('luca.ferrari@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const { me } = await luca.ok<{ me: { id: string } }>('{ me { id } }');
    const { freelancerReviews, freelancerReputation } = await luca.ok<{
      freelancerReviews: { items: Array<{ authorName: string; overall: number; reply: string | null }> };
      freelancerReputation: { neutral: boolean; reviewCount: number };
    }>(
      `query($id: ID!) { freelancerReviews(freelancerId: $id) { items { authorName overall reply } }
        freelancerReputation(freelancerId: $id) { neutral reviewCount } }`,
      { id: me.id },
    );
    expect(freelancerReviews.items).toEqual([
      { authorName: 'Bottega Verde Ceramiche', overall: 5, reply: expect.stringContaining('Grazie') },
    ]);
    expect(freelancerReputation).toEqual({ neutral: false, reviewCount: 1 });

    const eero = testApp.agent();
    await eero.signIn('eero@kotitavara.test', DEMO_PASSWORD, 'CLIENT');
    const { myReviewCycles } = await eero.ok<{
      myReviewCycles: {
        items: Array<{ counterpartName: string; canWrite: boolean; counterpartWrote: boolean; theirs: unknown }>;
      };
    }>('{ myReviewCycles(open: true) { items { counterpartName canWrite counterpartWrote theirs { id } } } }');
    expect(myReviewCycles.items).toEqual([
      { counterpartName: 'Juho Nieminen', canWrite: true, counterpartWrote: true, theirs: null },
    ]);

    const mehmet = testApp.agent();
    await mehmet.signIn('mehmet.ozturk@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const periodic = await mehmet.ok<{ myReviewCycles: { items: Array<{ trigger: string; canWrite: boolean }> } }>(
      '{ myReviewCycles(open: true) { items { trigger canWrite } } }',
    );
    expect(periodic.myReviewCycles.items).toEqual([{ trigger: 'PERIODIC', canWrite: true }]);

    const ops = testApp.agent();
    await ops.signIn('aylin@ops.delegate.test', DEMO_PASSWORD, 'OPS');
    const { reportedReviews } = await ops.ok<{ reportedReviews: { items: Array<{ aboutName: string }> } }>(
      '{ reportedReviews { items { aboutName } } }',
    );
    expect(reportedReviews.items).toEqual([{ aboutName: 'Bottega Verde Ceramiche' }]);
  });

  it("shows VAs each business's record on its new posts, without the name on a confidential one", async () => {
    const maria = testApp.agent();
    await maria.signIn('maria.santos@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const { searchJobListings } = await maria.ok<{
      searchJobListings: {
        items: Array<{
          title: string;
          client: {
            name: string | null;
            country: string;
            paymentVerified: boolean;
            reputation: { reviewCount: number };
          };
        }>;
      };
    }>(
      `{ searchJobListings(offset: 0, limit: 50) { items { title
          client { name country paymentVerified reputation { reviewCount } } } } }`,
    );
    const byTitle = new Map(searchJobListings.items.map((item) => [item.title, item.client]));
    expect(byTitle.get('Shopify store assistant for our ceramics shop')).toEqual({
      name: 'Bottega Verde Ceramiche',
      country: 'IT',
      paymentVerified: true,
      reputation: { reviewCount: 1 },
    });
    expect(byTitle.get('Customer e-mails for a home goods shop')).toMatchObject({ name: null, country: 'FI' });
  });

  it('has an hourly contract mid-week: last week handed in for review, this week paid with time logged', async () => {
    const joy = testApp.agent();
    await joy.signIn('joy.villanueva@va.delegate.test', DEMO_PASSWORD, 'FREELANCER');
    const { contracts } = await joy.ok<{ contracts: { items: Array<{ id: string; job: { title: string } }> } }>(
      '{ contracts { items { id job { title } } } }',
    );
    const hourly = contracts.items.find(({ job }) => job.title === 'Evening customer chat for our candle shop');
    const { hourlyWeeks } = await joy.ok<{
      hourlyWeeks: { items: Array<{ status: string; minutesLogged: number; submittedAt: string | null }> };
    }>('query($id: ID!) { hourlyWeeks(contractId: $id) { items { status minutesLogged submittedAt } } }', {
      id: hourly?.id,
    });
    const [current, last] = hourlyWeeks.items;
    expect(last).toMatchObject({ status: 'SUBMITTED', minutesLogged: 660 });
    expect(current).toMatchObject({ status: 'FUNDED', submittedAt: null });
    const pastDaysThisWeek = (new Date().getUTCDay() + 6) % 7;
    expect(current?.minutesLogged).toBe(120 * pastDaysThisWeek);
    // Northwind's saved card paid this week.
    const olga = testApp.agent();
    await olga.signIn('olga@northwind-candles.test', DEMO_PASSWORD, 'CLIENT');
    expect((await olga.ok<{ savedCard: unknown }>('{ savedCard { status brand last4 } }')).savedCard).toEqual({
      status: 'ACTIVE',
      brand: 'visa',
      last4: '4242',
    });
    // The first week was approved: its invoice itemises Joy's three days (9 h 30 min at US$12).
    const { invoices } = await olga.ok<{
      invoices: { items: Array<{ title: string; amountMinor: number; lines: Array<{ kind: string }> }> };
    }>('{ invoices { items { title amountMinor lines { kind } } } }');
    const weekInvoice = invoices.items.find(({ title }) => title === 'Evening customer chat for our candle shop');
    expect(weekInvoice).toMatchObject({
      amountMinor: 11_400,
      lines: [{ kind: 'DAY' }, { kind: 'DAY' }, { kind: 'DAY' }],
    });
  });
});
