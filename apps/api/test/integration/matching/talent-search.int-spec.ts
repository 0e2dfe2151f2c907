import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { DataSource } from 'typeorm';
import { OutboxEmailEntity } from '../../../src/modules/mail/entities/outbox-email.entity.js';
import { MatchIndexService } from '../../../src/modules/matching/match-index.service.js';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import {
  addMember,
  createFreelancer,
  createOrganization,
  ensureSkillCatalog,
  type FreelancerSpec,
} from '../../../src/seed/factories.js';
import { approvedVa } from '../../support/freelancers.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'talent search password 1';
const SEARCH = `query($search: TalentSearchInput!, $offset: Int, $limit: Int) {
  searchTalent(search: $search, offset: $offset, limit: $limit) {
    totalCount items { score freelancer { id displayName } factors { factor points }
      facts { mustLevel badgeShare niceShare bonusShare languageMargin rateRatio overlapMinutes capacityRatio
        vettingScore responseHours reputationScore } }
  } }`;
const INVITE = `mutation($jobId: ID!, $freelancerId: ID!) {
  inviteToJob(jobId: $jobId, freelancerId: $freelancerId) { rank invitedAt score freelancer { id } } }`;

type Page = {
  searchTalent: {
    totalCount: number;
    items: Array<{ score: number; freelancer: { id: string; displayName: string }; facts: { overlapMinutes: number } }>;
  };
};

describe('talent search', () => {
  let testApp: TestApp;
  let dataSource: DataSource;
  let owner: GraphqlAgent;
  let skillIds: Record<string, string>;
  const ids: Record<string, string> = {};

  const search = (
    agent: GraphqlAgent,
    search: Record<string, unknown>,
    page: { offset?: number; limit?: number } = {},
  ) => agent.request<Page>(SEARCH, { search, ...page });
  const names = (page: Page | null | undefined) => page?.searchTalent.items.map((item) => item.freelancer.displayName);

  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    dataSource = testApp.dataSource;
    await ensureSkillCatalog(dataSource);
    const { owner: ownerUser } = await createOrganization(dataSource, {
      owner: { password: PASSWORD, timeZone: 'Europe/Berlin' },
    });
    owner = testApp.agent();
    await owner.signIn(ownerUser.email, PASSWORD, 'CLIENT');
    skillIds = await owner.skillIds();
    // Istanbul: 6 h of a Berlin day in winter, 7 h in summer.
    const va = (name: string, changes: Partial<FreelancerSpec> = {}) =>
      createFreelancer(dataSource, approvedVa(name, PASSWORD, { timeZone: 'Europe/Istanbul', ...changes }));
    const specs = {
      ada: va('Ada, advanced support'),
      bea: va('Bea, beginner support', { skills: [{ slug: 'customer-support', level: 'beginner', years: 1 }] }),
      cem: va('Cem, Manila', { timeZone: 'Asia/Manila' }),
      dia: va('Dia, dear', { currency: 'USD', hourlyRateMinor: 4000 }),
      eda: va('Eda, Spanish native', { languages: [{ language: 'es', level: 'native' }] }),
      fay: va('Fay, 5 h free', { weeklyCapacityHours: 5 }),
      gus: va('Gus, in vetting', { vettingStage: 'interview', vettingScore: null }),
    };
    for (const [key, created] of Object.entries(specs)) ids[key] = (await created).user.id;
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshAllCards(manager));
    await testApp.app.get(MatchIndexService).caughtUp();
    await dataSource.query(
      `UPDATE freelancer_profiles SET leave_from = current_date - 1, leave_until = current_date + 3 WHERE user_id = $1`,
      [ids.fay],
    );
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('finds approved VAs by skill level, language, overlap, rate and free hours, best first, with reasons', async () => {
    const all = await search(owner, { skills: [{ skillId: skillIds['customer-support'] }] });
    expect(all.errors).toBeUndefined();
    // Gus is not approved: never in a search.
    expect(all.data?.searchTalent.totalCount).toBe(6);
    expect(names(all.data)).not.toContain('Gus, in vetting');
    const scores = all.data?.searchTalent.items.map((item) => item.score) ?? [];
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    const advanced = await search(owner, { skills: [{ skillId: skillIds['customer-support'], minLevel: 'ADVANCED' }] });
    expect(names(advanced.data)).not.toContain('Bea, beginner support');
    const english = await search(owner, { languages: [{ language: 'en', minLevel: 'B2' }] });
    expect(names(english.data)).not.toContain('Eda, Spanish native');
    // Berlin 09:00–17:00 shares 6 h with Istanbul and 1 h with Manila in winter (7 h in summer: none then).
    const overlap = await search(owner, { minOverlapHours: 4 });
    expect(names(overlap.data)).not.toContain('Cem, Manila');
    expect(overlap.data?.searchTalent.items[0]?.facts.overlapMinutes).toBeGreaterThanOrEqual(240);
    // $40.00 is well above €25.00 in any currency the rates know.
    const affordable = await search(owner, { currency: 'EUR', rateMaxMinor: 2500 });
    expect(names(affordable.data)).not.toContain('Dia, dear');
    const dear = await search(owner, { currency: 'EUR', rateMinMinor: 2500 });
    expect(names(dear.data)).toEqual(['Dia, dear']);
    const tenHours = await search(owner, { minWeeklyHours: 10 });
    expect(names(tenHours.data)).not.toContain('Fay, 5 h free');
  });

  it('leaves out VAs on leave unless asked, and pages through the rest', async () => {
    await dataSource.transaction((manager) => testApp.app.get(MatchingService).refreshCard(ids.fay as string, manager));
    // Searches read the index as it stands (a change reaches it within moments, not before the commit
    // returns): wait until it has Fay's leave, as the ranking task does.
    await testApp.app.get(MatchIndexService).caughtUp();
    const present = await search(owner, {});
    expect(names(present.data)).not.toContain('Fay, 5 h free');
    const withLeave = await search(owner, { includeOnLeave: true });
    expect(names(withLeave.data)).toContain('Fay, 5 h free');
    const first = await search(owner, {}, { limit: 2 });
    const second = await search(owner, {}, { offset: 2, limit: 2 });
    expect(first.data?.searchTalent.totalCount).toBe(present.data?.searchTalent.totalCount);
    expect([...(names(first.data) ?? []), ...(names(second.data) ?? [])]).toEqual(names(present.data)?.slice(0, 4));
  });

  it('refuses a search it cannot run with clear errors, and a finance member', async () => {
    const range = await search(owner, { currency: 'EUR', rateMinMinor: 3000, rateMaxMinor: 1000 });
    expect(range.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(range.errors?.[0]?.extensions?.fields).toEqual({ rateMinMinor: 'aboveMax' });
    const unknown = await search(owner, { skills: [{ skillId: '00000000-0000-4000-8000-000000000000' }] });
    expect(unknown.errors?.[0]?.extensions?.fields).toEqual({ skills: 'unknownSkill' });
    const [organization] = await dataSource.query('SELECT organization_id FROM organization_members LIMIT 1');
    const finance = await addMember(dataSource, organization.organization_id, 'finance', { password: PASSWORD });
    const agent = testApp.agent();
    await agent.signIn(finance.email, PASSWORD, 'CLIENT');
    expect((await search(agent, {})).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('invites a VA it found to an open post once; the VA finds the invitation in their feed', async () => {
    const jobId = await publishJobPost(owner, jobPostInput(skillIds, { minOverlapHours: 0, weeklyHours: 10 }));
    // Cem was not invited by the ranking (the post invites no one here), so the business invites him itself.
    const invited = await owner.request<{ inviteToJob: { invitedAt: string | null; freelancer: { id: string } } }>(
      INVITE,
      { jobId, freelancerId: ids.cem },
    );
    expect(invited.errors).toBeUndefined();
    expect(invited.data?.inviteToJob.invitedAt).not.toBeNull();
    const again = await owner.request(INVITE, { jobId, freelancerId: ids.cem });
    expect(again.errors).toBeUndefined();
    const [{ email }] = await dataSource.query('SELECT email FROM users WHERE id = $1', [ids.cem]);
    const emails = await dataSource
      .getRepository(OutboxEmailEntity)
      .findBy({ template: 'jobInvitation', toAddress: email });
    expect(emails).toHaveLength(1);

    const cem = testApp.agent();
    await cem.signIn(email, PASSWORD, 'FREELANCER');
    const { jobFeed } = await cem.ok<{
      jobFeed: { items: Array<{ invitedAt: string | null; listing: { id: string } }> };
    }>('{ jobFeed { items { invitedAt listing { id } } } }');
    expect(jobFeed.items[0]).toEqual({ invitedAt: expect.any(String), listing: { id: jobId } });

    // Not a VA of the pool, not the organisation's post, not an open one: refused, and nothing is written.
    const notApproved = await owner.request(INVITE, { jobId, freelancerId: ids.gus });
    expect(notApproved.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const { owner: otherUser } = await createOrganization(dataSource, { name: 'Other', owner: { password: PASSWORD } });
    const other = testApp.agent();
    await other.signIn(otherUser.email, PASSWORD, 'CLIENT');
    expect((await other.request(INVITE, { jobId, freelancerId: ids.ada })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    await owner.ok('mutation($id: ID!) { pauseJobPost(id: $id) { id } }', { id: jobId });
    expect((await owner.request(INVITE, { jobId, freelancerId: ids.ada })).errors?.[0]?.extensions?.code).toBe(
      'JOB_STATUS',
    );
    const written = await dataSource.query(
      'SELECT freelancer_id FROM job_matches WHERE job_id = $1 AND invited_at IS NOT NULL',
      [jobId],
    );
    expect(written).toEqual([{ freelancer_id: ids.cem }]);
  });

  it('lets a person search 300 times an hour, then refuses as over the limit whatever the search', async () => {
    const { owner: searcher } = await createOrganization(dataSource, { name: 'Busy', owner: { password: PASSWORD } });
    const agent = testApp.agent();
    await agent.signIn(searcher.email, PASSWORD, 'CLIENT');
    const codes = [];
    for (let n = 0; n < 300; n++) codes.push((await search(agent, {}, { limit: 1 })).errors?.[0]?.extensions?.code);
    expect(codes.filter((code) => code !== undefined)).toEqual([]);
    const over = await search(agent, {});
    expect(over.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    // Over the limit, a search that is also wrong is refused for the limit, not looked at.
    const wrong = await search(agent, { currency: 'EUR', rateMinMinor: 3000, rateMaxMinor: 1000 });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  }, 120_000);
});
