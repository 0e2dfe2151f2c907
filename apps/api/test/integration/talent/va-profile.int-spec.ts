import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createFreelancer } from '../../../src/seed/factories.js';
import { contractParties } from '../../support/contracts.js';
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
});
