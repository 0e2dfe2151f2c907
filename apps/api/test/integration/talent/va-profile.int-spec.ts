import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFreelancer } from '../../../src/seed/factories.js';
import { contractParties } from '../../support/contracts.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import type { TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';

const PASSWORD = 'profile password 1';
const PROFILE = `query($id: ID!, $currency: String) { vaProfile(freelancerId: $id, currency: $currency) {
  id displayName headline timeZone weeklyCapacityHours vettingScore
  hourlyRate { amountMinor currency } hourlyRateConverted { amountMinor currency }
  skills { skill { slug } level years } badges { scorePercent } languages { language level } } }`;

type Errors = Array<{ extensions?: { code?: string } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe("a VA's profile as businesses see it", () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('shows an approved VA with their rate converted, and no contact details', async () => {
    const { owner, va, vaId } = await contractParties(testApp, PASSWORD);
    const { vaProfile } = await owner.ok<{
      vaProfile: {
        displayName: string;
        hourlyRate: { currency: string };
        hourlyRateConverted: { currency: string } | null;
      };
    }>(PROFILE, { id: vaId, currency: 'eur' });
    expect(vaProfile.displayName).toBe('Aino');
    expect(vaProfile.hourlyRateConverted?.currency).toBe('EUR');
    const raw = await owner.request(`query($id: ID!) { vaProfile(freelancerId: $id) { email } }`, { id: vaId });
    expect(code(raw.errors as Errors)).toBe('GRAPHQL_VALIDATION_FAILED');
    // The VA reads what businesses see of them; another VA does not.
    expect((await va.request(PROFILE, { id: vaId })).errors).toBeUndefined();
    const other = await contractParties(testApp, PASSWORD);
    expect(code((await other.va.request(PROFILE, { id: vaId })).errors as Errors)).toBe('NOT_FOUND');
  });

  it('hides VAs who have not passed vetting', async () => {
    const { owner } = await contractParties(testApp, PASSWORD);
    const { user } = await createFreelancer(testApp.dataSource, { password: PASSWORD, vettingStage: 'interview' });
    expect(code((await owner.request(PROFILE, { id: user.id })).errors as Errors)).toBe('NOT_FOUND');
  });

  it("compares the VA's working day with a post's hours, or with office hours in the viewer's zone", async () => {
    // Zones without summer time, so the figures hold all year: Manila is UTC+8, Tokyo UTC+9.
    const { owner, vaId, skillIds } = await contractParties(testApp, PASSWORD, {
      timeZone: 'Asia/Manila',
      workStartMinute: 8 * 60,
      workEndMinute: 16 * 60,
    });
    const tokyo = await publishJobPost(owner, jobPostInput(skillIds, { timeZone: 'Asia/Tokyo' }));
    const OVERLAP = `query($id: ID!, $jobId: ID) { vaProfile(freelancerId: $id) {
      overlap(jobId: $jobId) { minutes timeZone workStartMinute workEndMinute jobTitle } } }`;
    const withPost = await owner.ok<{ vaProfile: { overlap: Record<string, unknown> } }>(OVERLAP, {
      id: vaId,
      jobId: tokyo,
    });
    // 08:00–16:00 in Manila is 00:00–08:00 UTC; 09:00–17:00 in Tokyo is 00:00–08:00 UTC too.
    expect(withPost.vaProfile.overlap).toEqual({
      minutes: 8 * 60,
      timeZone: 'Asia/Tokyo',
      workStartMinute: 9 * 60,
      workEndMinute: 17 * 60,
      jobTitle: 'Customer support for a candle shop',
    });
    // Without a post: the viewer's zone (UTC here), 09:00–17:00; the VA's day ends at 08:00 UTC.
    const office = await owner.ok<{ vaProfile: { overlap: { minutes: number; jobTitle: string | null } } }>(OVERLAP, {
      id: vaId,
    });
    expect(office.vaProfile.overlap).toMatchObject({ minutes: 0, jobTitle: null });
    // Another organisation's post is not one to compare with.
    const other = await contractParties(testApp, PASSWORD);
    expect(code((await other.owner.request(OVERLAP, { id: vaId, jobId: tokyo })).errors as Errors)).toBe('NOT_FOUND');
  });
});
