import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { addMember, createOrganization, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { jobPostInput } from '../../support/job-posts.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'job posts password 1';
const FIELDS = `id status title tasks weeklyHours budgetKind budgetMinMinor budgetMaxMinor currency timeZone
  publishedAt expiresAt closedAt skills { skill { slug } importance } languages { language minLevel }
  qualityWarnings { code fields }`;
const SAVE = `mutation($input: SaveJobPostInput!) { saveJobPost(input: $input) { ${FIELDS} } }`;
const PUBLISH = `mutation($id: ID!, $ack: Boolean) { publishJobPost(id: $id, acknowledgeWarnings: $ack) { ${FIELDS} } }`;

type Job = {
  id: string;
  status: string;
  publishedAt: string | null;
  expiresAt: string | null;
  qualityWarnings: Array<{ code: string; fields: string[] }>;
};

describe('job posts', () => {
  let testApp: TestApp;
  let skillIds: Record<string, string>;
  let owner: GraphqlAgent;
  let finance: GraphqlAgent;
  let otherOrganization: GraphqlAgent;

  beforeAll(async () => {
    testApp = await startTestApp();
    await ensureSkillCatalog(testApp.dataSource);
    const { organization, owner: ownerUser } = await createOrganization(testApp.dataSource, {
      owner: { password: PASSWORD },
    });
    const financeUser = await addMember(testApp.dataSource, organization.id, 'finance', { password: PASSWORD });
    const { owner: otherUser } = await createOrganization(testApp.dataSource, {
      name: 'Other Shop',
      owner: { password: PASSWORD },
    });
    owner = testApp.agent();
    await owner.signIn(ownerUser.email, PASSWORD, 'CLIENT');
    finance = testApp.agent();
    await finance.signIn(financeUser.email, PASSWORD, 'CLIENT');
    otherOrganization = testApp.agent();
    await otherOrganization.signIn(otherUser.email, PASSWORD, 'CLIENT');
    skillIds = await owner.skillIds();
  });
  afterAll(async () => {
    await testApp.close();
  });

  const complete = (overrides: Record<string, unknown> = {}) =>
    jobPostInput(skillIds, {
      tasks: ['Answer support e-mails within 24 hours', 'Process returns and exchanges in Shopify'],
      skills: [
        { skillId: skillIds['customer-support'], importance: 'MUST_HAVE' },
        { skillId: skillIds['shopify-operations'], importance: 'NICE_TO_HAVE' },
      ],
      minOverlapHours: 3,
      trialWeeks: 2,
      screeningQuestions: ['Which help desk tools have you used?'],
      ...overrides,
    });

  it('saves an incomplete draft, refuses to publish it naming every gap, then publishes it for 30 days', async () => {
    const draft = (await owner.ok<{ saveJobPost: Job }>(SAVE, { input: { title: 'Support' } })).saveJobPost;
    expect(draft).toMatchObject({ status: 'DRAFT', qualityWarnings: [{ code: 'missingTasks', fields: ['tasks'] }] });
    const refused = await owner.request(PUBLISH, { id: draft.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'JOB_INCOMPLETE',
      fields: {
        summary: 'tooShort',
        skills: 'mustHaveRequired',
        weeklyHours: 'required',
        budgetKind: 'required',
        budgetMaxMinor: 'required',
      },
    });

    await owner.ok(SAVE, { input: complete({ id: draft.id }) });
    const before = Date.now();
    const published = (await owner.ok<{ publishJobPost: Job }>(PUBLISH, { id: draft.id })).publishJobPost;
    expect(published.status).toBe('OPEN');
    const lifetime = new Date(published.expiresAt ?? 0).getTime() - new Date(published.publishedAt ?? 0).getTime();
    expect(lifetime).toBe(30 * 86_400_000);
    expect(new Date(published.publishedAt ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
    expect((await owner.request(PUBLISH, { id: draft.id })).errors?.[0]?.extensions?.code).toBe('JOB_STATUS');
  });

  it('warns about contact details and missing tasks, and publishes only once the client acknowledges', async () => {
    const { saveJobPost } = await owner.ok<{ saveJobPost: Job }>(SAVE, {
      input: complete({
        tasks: [],
        summary: 'Hand-poured candles; questions? Write to olga@northwind.example any time.',
      }),
    });
    expect(saveJobPost.qualityWarnings).toEqual([
      { code: 'missingTasks', fields: ['tasks'] },
      { code: 'contactDetails', fields: ['summary'] },
    ]);
    const warned = await owner.request(PUBLISH, { id: saveJobPost.id });
    expect(warned.errors?.[0]?.extensions).toMatchObject({
      code: 'QUALITY_WARNINGS',
      warnings: ['missingTasks', 'contactDetails'],
    });
    const published = await owner.ok<{ publishJobPost: Job }>(PUBLISH, { id: saveJobPost.id, ack: true });
    expect(published.publishJobPost.status).toBe('OPEN');
  });

  it('pauses, resumes and closes, and keeps an open post publishable', async () => {
    const { saveJobPost } = await owner.ok<{ saveJobPost: Job }>(SAVE, { input: complete() });
    const id = saveJobPost.id;
    await owner.ok(PUBLISH, { id });
    const emptied = await owner.request(SAVE, { input: complete({ id, summary: 'Too short' }) });
    expect(emptied.errors?.[0]?.extensions).toMatchObject({ code: 'JOB_INCOMPLETE', fields: { summary: 'tooShort' } });
    const hourly = await owner.request(SAVE, { input: complete({ id, budgetMinMinor: 5000, budgetMaxMinor: 1000 }) });
    expect(hourly.errors?.[0]?.extensions?.fields).toEqual({ budgetMinMinor: 'minAboveMax' });

    const status = async (mutation: string) =>
      (await owner.ok<Record<string, Job>>(`mutation($id: ID!) { ${mutation}(id: $id) { status } }`, { id }))[mutation]
        ?.status;
    expect(await status('pauseJobPost')).toBe('PAUSED');
    expect(
      (await owner.request('mutation($id: ID!) { pauseJobPost(id: $id) { id } }', { id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('JOB_STATUS');
    expect(await status('resumeJobPost')).toBe('OPEN');
    expect(await status('closeJobPost')).toBe('CLOSED');
    const edit = await owner.request(SAVE, { input: complete({ id }) });
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'JOB_STATUS', status: 'closed' });
  });

  it('refuses bad input field by field', async () => {
    const result = await owner.request(SAVE, {
      input: complete({
        currency: 'XYZ',
        timeZone: 'Mars/Olympus',
        trialWeeks: 6,
        weeklyHours: 0,
        skills: [
          { skillId: skillIds['customer-support'], importance: 'MUST_HAVE' },
          { skillId: skillIds['customer-support'], importance: 'BONUS' },
        ],
      }),
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        currency: 'isIn',
        timeZone: 'isTimeZone',
        trialWeeks: 'max',
        weeklyHours: 'min',
        skills: 'arrayUnique',
      },
    });
    const unknown = await owner.request(SAVE, {
      input: complete({ skills: [{ skillId: '00000000-0000-4000-8000-000000000000', importance: 'MUST_HAVE' }] }),
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { skills: 'unknownSkill' },
    });
  });

  it('keeps each organisation to its own posts, and lets finance read but not write', async () => {
    const { saveJobPost } = await owner.ok<{ saveJobPost: Job }>(SAVE, { input: complete() });
    const id = saveJobPost.id;
    const mine = await owner.ok<{ myJobPosts: { items: Array<{ id: string }> } }>(
      '{ myJobPosts(limit: 100) { items { id } } }',
    );
    expect(mine.myJobPosts.items.map((job) => job.id)).toContain(id);
    const theirs = await otherOrganization.ok<{ myJobPosts: { totalCount: number } }>('{ myJobPosts { totalCount } }');
    expect(theirs.myJobPosts.totalCount).toBe(0);
    // Past the last page: no posts, and still the total (counted apart, no row carries it).
    const all = await owner.ok<{ myJobPosts: { totalCount: number } }>('{ myJobPosts { totalCount } }');
    const beyond = await owner.ok<{ myJobPosts: { totalCount: number; items: unknown[] } }>(
      `{ myJobPosts(offset: ${all.myJobPosts.totalCount + 5}) { totalCount items { id } } }`,
    );
    expect(beyond.myJobPosts).toEqual({ totalCount: all.myJobPosts.totalCount, items: [] });
    expect(all.myJobPosts.totalCount).toBeGreaterThan(0);
    expect(
      (await otherOrganization.request('query($id: ID!) { jobPost(id: $id) { id } }', { id })).errors?.[0]?.extensions
        ?.code,
    ).toBe('NOT_FOUND');
    expect((await otherOrganization.request(SAVE, { input: complete({ id }) })).errors?.[0]?.extensions?.code).toBe(
      'NOT_FOUND',
    );
    expect(
      (await otherOrganization.request('mutation($id: ID!) { closeJobPost(id: $id) { id } }', { id })).errors?.[0]
        ?.extensions?.code,
    ).toBe('NOT_FOUND');

    expect(
      (await finance.ok<{ jobPost: { id: string } }>('query($id: ID!) { jobPost(id: $id) { id } }', { id })).jobPost.id,
    ).toBe(id);
    expect((await finance.request(SAVE, { input: complete({ id }) })).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});
