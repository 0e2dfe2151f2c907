import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFreelancer, ensureSkillCatalog } from '../../../src/seed/factories.js';
import { type GraphqlAgent, startTestApp, type TestApp } from '../../support/test-app.js';

const PROFILE_FIELDS = `headline bio hourlyRateMinor currency weeklyCapacityHours country workStartMinute workEndMinute
  vettingStage skills { skill { slug } level years } languages { language level }
  workHistory { company role startMonth endMonth description } portfolioLinks { label url }
  references { name relationship company email phone }`;
const SAVE = `mutation Save($input: SaveFreelancerProfileInput!) { saveFreelancerProfile(input: $input) { ${PROFILE_FIELDS} } }`;
const MINE = `{ myFreelancerProfile { ${PROFILE_FIELDS} } }`;

describe("a VA's profile draft", () => {
  let testApp: TestApp;
  let skillIds: Record<string, string>;

  beforeAll(async () => {
    testApp = await startTestApp();
    await ensureSkillCatalog(testApp.dataSource);
    skillIds = await (await vaAgent('catalog')).skillIds();
  });
  afterAll(async () => {
    await testApp.close();
  });

  async function vaAgent(name: string): Promise<GraphqlAgent> {
    const agent = testApp.agent();
    await agent.ok(
      `mutation { signUpFreelancer(input: { email: "${name}.${Date.now()}@va.example", password: "long password 1", displayName: "${name}" }) { id } }`,
    );
    return agent;
  }

  const draft = () => ({
    headline: '  Shopify store assistant  ',
    bio: 'Five years running order desks for candle and soap shops.',
    hourlyRateMinor: 1500,
    currency: 'EUR',
    weeklyCapacityHours: 25,
    country: 'PH',
    workStartMinute: 8 * 60,
    workEndMinute: 16 * 60,
    skills: [
      { skillId: skillIds['shopify-operations'], level: 'EXPERT', years: 5 },
      { skillId: skillIds['customer-support'], level: 'ADVANCED', years: 3 },
    ],
    languages: [
      { language: 'en', level: 'C1' },
      { language: 'tl', level: 'NATIVE' },
    ],
    workHistory: [
      {
        company: 'Wick & Wax',
        role: 'Order desk lead',
        startMonth: '2021-03',
        endMonth: null,
        description: 'Ran returns.',
      },
    ],
    portfolioLinks: [{ label: 'Store I run', url: 'https://wickandwax.example/about' }],
    references: [
      {
        name: 'Dana Lee',
        relationship: 'Former manager',
        company: 'Wick & Wax',
        email: 'Dana@WickAndWax.example',
        phone: '+63 2 555 0100',
      },
      { name: 'Ben Cruz', relationship: 'Client', company: 'Soap Co', email: 'ben@soap.example', phone: null },
    ],
  });

  it('searches the curated skill list', async () => {
    const agent = await vaAgent('search');
    const data = await agent.ok<{ skills: Array<{ slug: string }> }>('{ skills(search: "shop") { slug } }');
    expect(data.skills.map((skill) => skill.slug)).toEqual(['shopify-operations']);
  });

  it('is empty before the first save, then saves and reads back whole', async () => {
    const agent = await vaAgent('ana');
    expect(await agent.ok(MINE)).toEqual({ myFreelancerProfile: null });
    const saved = await agent.ok<{ saveFreelancerProfile: Record<string, unknown> }>(SAVE, { input: draft() });
    expect(saved.saveFreelancerProfile).toMatchObject({
      headline: 'Shopify store assistant',
      currency: 'EUR',
      vettingStage: 'DRAFT',
      skills: [
        { skill: { slug: 'shopify-operations' }, level: 'EXPERT', years: 5 },
        { skill: { slug: 'customer-support' }, level: 'ADVANCED', years: 3 },
      ],
      languages: [
        { language: 'en', level: 'C1' },
        { language: 'tl', level: 'NATIVE' },
      ],
      workHistory: [{ company: 'Wick & Wax', endMonth: null }],
      portfolioLinks: [{ url: 'https://wickandwax.example/about' }],
      references: [{ email: 'dana@wickandwax.example' }, { name: 'Ben Cruz', phone: null }],
    });
    expect((await agent.ok<{ myFreelancerProfile: unknown }>(MINE)).myFreelancerProfile).toEqual(
      saved.saveFreelancerProfile,
    );

    // A later save replaces skills and languages rather than adding to them.
    const fewer = { ...draft(), skills: [draft().skills[1]], languages: [], references: [draft().references[0]] };
    const again = await agent.ok<{
      saveFreelancerProfile: { skills: unknown[]; languages: unknown[]; references: unknown[] };
    }>(SAVE, { input: fewer });
    expect(again.saveFreelancerProfile.skills).toHaveLength(1);
    expect(again.saveFreelancerProfile.languages).toEqual([]);
    expect(again.saveFreelancerProfile.references).toHaveLength(1);
  });

  it('refuses bad input field by field, and keeps the previous draft', async () => {
    const agent = await vaAgent('bad');
    await agent.ok(SAVE, { input: draft() });
    const result = await agent.request(SAVE, {
      input: {
        ...draft(),
        currency: 'XYZ',
        country: 'Atlantis',
        hourlyRateMinor: -5,
        weeklyCapacityHours: 200,
        skills: [draft().skills[0], draft().skills[0]],
        languages: [{ language: 'klingon', level: 'C1' }],
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        currency: 'isIn',
        country: 'isISO31661Alpha2',
        hourlyRateMinor: 'min',
        weeklyCapacityHours: 'max',
        skills: 'arrayUnique',
        'languages.0.language': 'isISO6391',
      },
    });
    const kept = await agent.ok<{ myFreelancerProfile: { currency: string } }>(MINE);
    expect(kept.myFreelancerProfile.currency).toBe('EUR');
  });

  it('checks work history, links and references', async () => {
    const agent = await vaAgent('history');
    const result = await agent.request(SAVE, {
      input: {
        ...draft(),
        workHistory: [{ company: 'X', role: 'Y', startMonth: '2021-13', endMonth: null, description: '' }],
        portfolioLinks: [{ label: 'Mine', url: 'javascript:alert(1)' }],
        references: [{ ...draft().references[0], email: 'not-an-email', phone: 'call me' }],
      },
    });
    expect(result.errors?.[0]?.extensions?.fields).toEqual({
      'workHistory.0.startMonth': 'matches',
      'portfolioLinks.0.url': 'isUrl',
      'references.0.email': 'isEmail',
      'references.0.phone': 'matches',
    });
    const backwards = await agent.request(SAVE, {
      input: {
        ...draft(),
        workHistory: [{ company: 'X', role: 'Y', startMonth: '2022-05', endMonth: '2021-01', description: '' }],
      },
    });
    expect(backwards.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { 'workHistory.0.endMonth': 'endBeforeStart' },
    });
  });

  it('refuses a skill that is not in the catalog, writing nothing', async () => {
    const agent = await vaAgent('unknown');
    const result = await agent.request(SAVE, {
      input: { ...draft(), skills: [{ skillId: '00000000-0000-4000-8000-000000000000', level: 'EXPERT', years: 1 }] },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: { skills: 'unknownSkill' },
    });
    expect(await agent.ok(MINE)).toEqual({ myFreelancerProfile: null });
  });

  it('cannot be changed by the VA once the application is under review', async () => {
    const { user } = await createFreelancer(testApp.dataSource, {
      password: 'long password 1',
      vettingStage: 'interview',
    });
    const agent = testApp.agent();
    await agent.signIn(user.email, 'long password 1', 'FREELANCER');
    const result = await agent.request(SAVE, { input: draft() });
    expect(result.errors?.[0]?.extensions?.code).toBe('PROFILE_LOCKED');
  });
});
