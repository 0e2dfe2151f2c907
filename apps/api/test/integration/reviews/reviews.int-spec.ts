import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { ReviewsService } from '../../../src/modules/reviews/reviews.service.js';
import { contractParties, fixedContract, payIntoEscrow } from '../../support/contracts.js';
import { receivedBy } from '../../support/outbox.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';
import { opsAgent } from '../../support/vetting.js';

const PASSWORD = 'reviews password 1';
const REVIEW = `id authorSide authorName overall ratings { category stars } comment wouldWorkAgain privateFeedback
  revealedAt reply hidden hiddenReason`;
const CYCLES = `query($contractId: ID) { myReviewCycles(contractId: $contractId) { totalCount items {
  id trigger sequence counterpartName closesAt revealedAt canWrite counterpartWrote mine { ${REVIEW} } theirs { ${REVIEW} } } } }`;
const SUBMIT = 'mutation($input: SubmitReviewInput!) { submitReview(input: $input) { id revealedAt theirs { id } } }';
const REPLY = 'mutation($input: ReplyToReviewInput!) { replyToReview(input: $input) { id reply } }';
const REPORT = 'mutation($input: ReportReviewInput!) { reportReview(input: $input) }';
const ABOUT_VA = `query($id: ID!) { freelancerReviews(freelancerId: $id) { totalCount items { ${REVIEW} } } }`;
const ABOUT_BUSINESS = `query($id: ID!) { organizationReviews(organizationId: $id) { totalCount items { ${REVIEW} } } }`;

type Errors = Array<{ message: string; extensions?: { code?: string; fields?: Record<string, string> } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
interface ReviewView {
  id: string;
  authorSide: string;
  authorName: string;
  overall: number;
  comment: string;
  privateFeedback: string | null;
  revealedAt: string | null;
  reply: string | null;
  hidden: boolean;
  hiddenReason: string | null;
}
interface CycleView {
  id: string;
  trigger: string;
  sequence: number;
  counterpartName: string;
  revealedAt: string | null;
  canWrite: boolean;
  counterpartWrote: boolean;
  mine: ReviewView | null;
  theirs: ReviewView | null;
}

const aboutVa = (stars = 5) =>
  ['QUALITY', 'COMMUNICATION', 'RELIABILITY', 'SKILLS'].map((category) => ({ category, stars }));
const aboutBusiness = (stars = 4) =>
  ['CLEAR_REQUIREMENTS', 'COMMUNICATION', 'PROMPT_PAYMENT'].map((category) => ({ category, stars }));

describe('double-blind reviews', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let reviews: ReviewsService;

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    reviews = testApp.app.get(ReviewsService);
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** A business and a VA whose fixed-price contract paid out (`released`) or not, then ended. */
  async function endedContract(options: { released?: boolean } = {}) {
    const parties = await contractParties(testApp, PASSWORD);
    const { owner, va, skillIds } = parties;
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'Inbox clean-up', amountMinor: 30_000 },
    ]);
    const [milestoneId] = milestoneIds as [string];
    if (options.released !== false) {
      await payIntoEscrow(owner, milestoneId);
      await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
        input: { milestoneId },
      });
    }
    await owner.ok('mutation($input: EndContractInput!) { endContract(input: $input) { id } }', {
      input: { contractId, reason: 'The work is done.' },
    });
    const [me, vaMe] = await Promise.all([
      owner.ok<{ me: { email: string; organization: { id: string; name: string } } }>(
        '{ me { email organization { id name } } }',
      ),
      va.ok<{ me: { email: string; displayName: string } }>('{ me { email displayName } }'),
    ]);
    return {
      ...parties,
      contractId,
      ownerEmail: me.me.email,
      organization: me.me.organization,
      vaEmail: vaMe.me.email,
      vaName: vaMe.me.displayName,
    };
  }

  const cycleOf = async (agent: GraphqlAgent, contractId: string) =>
    (await agent.ok<{ myReviewCycles: { items: CycleView[] } }>(CYCLES, { contractId })).myReviewCycles.items[0];

  const write = (agent: GraphqlAgent, cycleId: string, side: 'client' | 'freelancer', changes = {}) =>
    agent.request<{ submitReview: { id: string; revealedAt: string | null; theirs: { id: string } | null } }>(SUBMIT, {
      input: {
        cycleId,
        overall: side === 'client' ? 5 : 4,
        ratings: side === 'client' ? aboutVa() : aboutBusiness(),
        comment: side === 'client' ? 'Fast, careful and kind.' : 'Clear briefs, paid on time.',
        wouldWorkAgain: true,
        privateFeedback: 'Only for Delegate.',
        ...changes,
      },
    });

  it('opens a round for both sides, once, when a contract on which money reached the VA ends', async () => {
    const { contractId, owner, va, ownerEmail, vaEmail, vaName, organization } = await endedContract();
    // The end asked for the round in its own transaction (the worker is off here: the job waits).
    const [{ queued }] = await dataSource.query(
      `SELECT count(*)::int AS queued FROM pgboss.job WHERE name = 'contracts.ended' AND data->>'contractId' = $1`,
      [contractId],
    );
    expect(queued).toBe(1);
    expect(await reviews.openForEndedContract(contractId)).toBe(true);
    expect(await reviews.openForEndedContract(contractId)).toBe(false);
    const mine = (await cycleOf(owner, contractId)) as CycleView;
    expect(mine).toMatchObject({ trigger: 'CONTRACT_ENDED', sequence: 0, counterpartName: vaName, canWrite: true });
    expect((await cycleOf(va, contractId))?.counterpartName).toBe(organization.name);
    expect((await receivedBy(testApp, vaEmail)).subject).toContain(organization.name);
    expect((await receivedBy(testApp, ownerEmail)).subject).toContain(vaName);
  });

  it('opens no round when no money reached the VA', async () => {
    const { contractId, owner } = await endedContract({ released: false });
    expect(await reviews.openForEndedContract(contractId)).toBe(false);
    expect(await cycleOf(owner, contractId)).toBeUndefined();
  });

  it('keeps each review from the other side until both are in, through every query, then reveals both', async () => {
    const { contractId, owner, va, vaId, organization } = await endedContract();
    await reviews.openForEndedContract(contractId);
    const cycleId = ((await cycleOf(va, contractId)) as CycleView).id;

    const vaWrote = await write(va, cycleId, 'freelancer');
    expect(vaWrote.errors).toBeUndefined();
    const vaView = (await cycleOf(va, contractId)) as CycleView;
    expect(vaView).toMatchObject({ canWrite: false, counterpartWrote: false, revealedAt: null, theirs: null });
    expect(vaView.mine?.privateFeedback).toBe('Only for Delegate.');

    const ownerView = (await cycleOf(owner, contractId)) as CycleView;
    expect(ownerView).toMatchObject({ counterpartWrote: true, theirs: null, canWrite: true });
    const vaReviewId = vaView.mine?.id as string;
    for (const agent of [owner, va]) {
      const aboutBusiness = await agent.ok<{ organizationReviews: { totalCount: number } }>(ABOUT_BUSINESS, {
        id: organization.id,
      });
      expect(aboutBusiness.organizationReviews.totalCount).toBe(0);
    }
    expect(code((await owner.request(REPLY, { input: { reviewId: vaReviewId, reply: 'Thanks!' } })).errors)).toBe(
      'NOT_FOUND',
    );
    expect(
      code((await owner.request(REPORT, { input: { reviewId: vaReviewId, reason: 'Reporting it early.' } })).errors),
    ).toBe('NOT_FOUND');

    const ownerWrote = await write(owner, cycleId, 'client');
    expect(ownerWrote.errors).toBeUndefined();
    expect(ownerWrote.data?.submitReview.revealedAt).not.toBeNull();
    expect(ownerWrote.data?.submitReview.theirs?.id).toBe(vaReviewId);

    const revealedToVa = (await cycleOf(va, contractId)) as CycleView;
    expect(revealedToVa.theirs).toMatchObject({
      overall: 5,
      comment: 'Fast, careful and kind.',
      privateFeedback: null,
    });
    const aboutVa = await owner.ok<{ freelancerReviews: { totalCount: number; items: ReviewView[] } }>(ABOUT_VA, {
      id: vaId,
    });
    expect(aboutVa.freelancerReviews.items).toEqual([
      expect.objectContaining({ authorName: organization.name, overall: 5, privateFeedback: null }),
    ]);
    // Final: nothing more can be written in a revealed round.
    expect(code((await write(va, cycleId, 'freelancer')).errors)).toBe('REVIEW_WINDOW_CLOSED');
  });

  it('takes one review per side per round, whatever arrives at the same moment', async () => {
    const { contractId, owner } = await endedContract();
    await reviews.openForEndedContract(contractId);
    const cycleId = ((await cycleOf(owner, contractId)) as CycleView).id;
    const results = await Promise.all([1, 2, 3].map(() => write(owner, cycleId, 'client')));
    const codes = results.map((result) => code(result.errors) ?? 'ok').sort();
    expect(codes).toEqual(['ALREADY_REVIEWED', 'ALREADY_REVIEWED', 'ok']);
    const [{ written }] = await dataSource.query('SELECT count(*)::int AS written FROM reviews WHERE cycle_id = $1', [
      cycleId,
    ]);
    expect(written).toBe(1);
  });

  it('refuses stars outside 1–5, missing ratings and over-long text, naming the fields', async () => {
    const { contractId, owner } = await endedContract();
    await reviews.openForEndedContract(contractId);
    const cycleId = ((await cycleOf(owner, contractId)) as CycleView).id;
    const tooMany = await write(owner, cycleId, 'client', { overall: 6 });
    expect(code(tooMany.errors)).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.extensions?.fields).toHaveProperty('overall');
    const missing = await write(owner, cycleId, 'client', { ratings: aboutVa().slice(0, 2) });
    expect(code(missing.errors)).toBe('BAD_USER_INPUT');
    expect(missing.errors?.[0]?.extensions?.fields).toMatchObject({
      'ratings.reliability': 'required',
      'ratings.skills': 'required',
    });
    const wrongSide = await write(owner, cycleId, 'client', { ratings: aboutBusiness() });
    expect(wrongSide.errors?.[0]?.extensions?.fields).toHaveProperty(['ratings.prompt_payment'], 'unknown');
    const long = await write(owner, cycleId, 'client', { comment: 'x'.repeat(2_001) });
    expect(code(long.errors)).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.extensions?.fields).toHaveProperty('comment');
    expect((await cycleOf(owner, contractId))?.mine).toBeNull();
  });

  it('reveals at the window close, once, with two instances sweeping at the same moment', async () => {
    const { contractId, va, vaEmail } = await endedContract();
    await reviews.openForEndedContract(contractId);
    const cycleId = ((await cycleOf(va, contractId)) as CycleView).id;
    await write(va, cycleId, 'freelancer');
    await dataSource.query(`UPDATE review_cycles SET closes_at = now() - interval '1 second' WHERE id = $1`, [cycleId]);
    const other = await startTestApp({ WORKER_ENABLED: 'false' }, { databaseUrl: testApp.databaseUrl });
    try {
      await Promise.all([reviews.revealClosed(), other.app.get(ReviewsService).revealClosed()]);
    } finally {
      await other.close();
    }
    const revealed = (await cycleOf(va, contractId)) as CycleView;
    expect(revealed.revealedAt).not.toBeNull();
    expect(revealed.mine?.revealedAt).toBe(revealed.revealedAt);
    const [{ told }] = await dataSource.query(
      `SELECT count(*)::int AS told FROM outbox_emails WHERE to_address = $1 AND template = 'reviewsRevealed'`,
      [vaEmail],
    );
    expect(told).toBe(1);
  });

  it('lets the reviewee answer once, in public, with contact details hidden', async () => {
    const { contractId, owner, va, vaId } = await endedContract();
    await reviews.openForEndedContract(contractId);
    const cycleId = ((await cycleOf(va, contractId)) as CycleView).id;
    await write(owner, cycleId, 'client', { comment: 'Great work; write to her at joy@example.com.' });
    await write(va, cycleId, 'freelancer');
    const aboutVa = ((await cycleOf(va, contractId)) as CycleView).theirs as ReviewView;
    expect(aboutVa.comment).toBe('Great work; write to her at [hidden].');
    const reply = (input: { reviewId: string; reply: string }, agent = va) => agent.request(REPLY, { input });
    expect(code((await reply({ reviewId: aboutVa.id, reply: 'Thanks!' }, owner)).errors)).toBe('REVIEW_STATE');
    const answered = await reply({ reviewId: aboutVa.id, reply: 'Thank you! Call me on +1 415 555 0100.' });
    expect(answered.errors).toBeUndefined();
    expect(code((await reply({ reviewId: aboutVa.id, reply: 'Once more' })).errors)).toBe('REVIEW_STATE');
    const listed = await owner.ok<{ freelancerReviews: { items: ReviewView[] } }>(ABOUT_VA, { id: vaId });
    expect(listed.freelancerReviews.items[0]?.reply).toBe('Thank you! Call me on [hidden].');
  });

  it('sends reports to ops, who hide a review with a reason (audited, its author told) or keep it', async () => {
    const { contractId, owner, va, vaId, ownerEmail } = await endedContract();
    await reviews.openForEndedContract(contractId);
    const cycleId = ((await cycleOf(va, contractId)) as CycleView).id;
    await write(owner, cycleId, 'client', { comment: 'Lazy and rude.', overall: 1, ratings: aboutVa(1) });
    await write(va, cycleId, 'freelancer');
    const reviewId = (((await cycleOf(va, contractId)) as CycleView).theirs as ReviewView).id;
    await va.ok(REPORT, { input: { reviewId, reason: 'It insults me instead of describing the work.' } });
    await va.ok(REPORT, { input: { reviewId, reason: 'Reported twice by mistake.' } });

    const { agent: ops, user: opsUser } = await opsAgent(testApp, 'vetter', 'Moira Moderator');
    const reported = await ops.ok<{
      reportedReviews: { items: Array<{ review: ReviewView; aboutName: string; reports: Array<{ reason: string }> }> };
    }>('{ reportedReviews { items { review { id comment privateFeedback } aboutName reports { reason } } } }');
    const item = reported.reportedReviews.items.find((entry) => entry.review.id === reviewId);
    expect(item?.reports).toHaveLength(1);
    expect(item?.review.privateFeedback).toBe('Only for Delegate.');

    const hide = 'mutation($input: ModerateReviewInput!) { hideReview(input: $input) }';
    await ops.ok(hide, { input: { reviewId, reason: 'Insults the VA rather than describing the work.' } });
    expect(code((await ops.request(hide, { input: { reviewId, reason: 'Hiding it a second time.' } })).errors)).toBe(
      'REVIEW_STATE',
    );
    const listed = await owner.ok<{ freelancerReviews: { totalCount: number } }>(ABOUT_VA, { id: vaId });
    expect(listed.freelancerReviews.totalCount).toBe(0);
    const authorView = ((await cycleOf(owner, contractId)) as CycleView).mine as ReviewView;
    expect(authorView).toMatchObject({ hidden: true, hiddenReason: 'Insults the VA rather than describing the work.' });
    expect(((await cycleOf(va, contractId)) as CycleView).theirs).toMatchObject({ hidden: true, hiddenReason: null });
    expect((await receivedBy(testApp, ownerEmail)).text).toContain('Insults the VA rather than describing the work.');
    const [{ audited }] = await dataSource.query(
      `SELECT count(*)::int AS audited FROM audit_log WHERE action = 'review.hidden' AND target_id = $1 AND actor_id = $2`,
      [reviewId, opsUser.id],
    );
    expect(audited).toBe(1);
    const keep = await ops.request('mutation($input: ModerateReviewInput!) { keepReview(input: $input) }', {
      input: { reviewId, reason: 'Nothing left to decide here.' },
    });
    expect(code(keep.errors)).toBe('REVIEW_STATE');
  });

  it('opens a periodic round on a contract that goes on, once per period', async () => {
    const { owner, va, skillIds } = await contractParties(testApp, PASSWORD);
    const { contractId, milestoneIds } = await fixedContract(owner, va, skillIds, [
      { title: 'First month', amountMinor: 20_000 },
      { title: 'Second month', amountMinor: 20_000 },
    ]);
    await payIntoEscrow(owner, milestoneIds[0] as string);
    await owner.ok('mutation($input: ReleaseMilestoneInput!) { releaseMilestone(input: $input) { id } }', {
      input: { milestoneId: milestoneIds[0] },
    });
    await dataSource.query(`UPDATE contracts SET created_at = now() - interval '100 days' WHERE id = $1`, [contractId]);
    await reviews.openPeriodic();
    await reviews.openPeriodic();
    const rounds = await va.ok<{ myReviewCycles: { totalCount: number; items: CycleView[] } }>(CYCLES, { contractId });
    expect(rounds.myReviewCycles.totalCount).toBe(1);
    expect(rounds.myReviewCycles.items[0]).toMatchObject({ trigger: 'PERIODIC', sequence: 1, canWrite: true });
  });

  it('scores a VA by the published formula once a round is revealed, and a hidden review leaves it', async () => {
    const REPUTATION = `query($id: ID!) { freelancerReputation(freelancerId: $id) {
      score neutral reviewCount contractCount contributions { contractId success exclusions ratings { stars } } } }`;
    const { contractId, owner, va, vaId } = await endedContract();
    type Rep = { score: number; neutral: boolean; reviewCount: number; contractCount: number; contributions: unknown };
    const read = async (agent: GraphqlAgent) =>
      (await agent.ok<{ freelancerReputation: Rep }>(REPUTATION, { id: vaId })).freelancerReputation;
    expect(await read(owner)).toMatchObject({ score: 80, neutral: true, contributions: null });

    await reviews.openForEndedContract(contractId);
    // The finished contract counts as a success at once; the rating waits for the reveal.
    expect(await read(va)).toMatchObject({ neutral: false, reviewCount: 0, contractCount: 1 });
    const cycleId = ((await cycleOf(va, contractId)) as CycleView).id;
    await write(owner, cycleId, 'client', { overall: 1, ratings: aboutVa(1), comment: 'Rude and late.' });
    expect((await read(va)).reviewCount).toBe(0);
    await write(va, cycleId, 'freelancer');
    const rated = await read(va);
    expect(rated).toMatchObject({ reviewCount: 1, contractCount: 1 });
    expect(rated.score).toBeLessThan(80);
    expect(rated.contributions).toEqual([{ contractId, success: true, exclusions: [], ratings: [{ stars: 1 }] }]);
    expect((await read(owner)).contributions).toBeNull();
    // Ranking reads it from the VA's match card.
    const card = async () =>
      (await dataSource.query('SELECT reputation FROM match_cards WHERE user_id = $1', [vaId]))[0]?.reputation;
    expect(await card()).toBe(rated.score);

    const reviewId = (((await cycleOf(va, contractId)) as CycleView).theirs as ReviewView).id;
    const { agent: ops } = await opsAgent(testApp, 'vetter', 'Rhea Reviewer');
    await ops.ok('mutation($input: ModerateReviewInput!) { hideReview(input: $input) }', {
      input: { reviewId, reason: 'Insults rather than describes the work.' },
    });
    const afterHiding = await read(va);
    expect(afterHiding).toMatchObject({ reviewCount: 0, contributions: [{ exclusions: ['REVIEW_HIDDEN'] }] });
    expect(afterHiding.score).toBeGreaterThan(rated.score);
    expect(await card()).toBe(afterHiding.score);
  });
});
