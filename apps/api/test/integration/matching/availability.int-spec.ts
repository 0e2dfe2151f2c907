import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MatchingService } from '../../../src/modules/matching/matching.service.js';
import { contractParties, hourlyContract } from '../../support/contracts.js';
import { jobPostInput, publishJobPost } from '../../support/job-posts.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'availability password 1';
const AVAILABILITY = 'weeklyCapacityHours committedHours freeHours leaveFrom leaveUntil onLeave';
const SET = `mutation($input: AvailabilityInput!) { setAvailability(input: $input) { ${AVAILABILITY} } }`;

type Errors = Array<{ extensions?: { code?: string; fields?: Record<string, string> } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;

describe('availability: capacity less committed hours, and leave, as matching reads them', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('subtracts an hourly contract’s limit from capacity, skips VAs on leave, and follows pauses', async () => {
    const { owner, va, vaId, skillIds } = await contractParties(testApp, PASSWORD);
    const ranked = async (weeklyHours: number) => {
      const jobId = await publishJobPost(owner, jobPostInput(skillIds, { weeklyHours }));
      await testApp.app.get(MatchingService).rankAndInvite(jobId);
      const rows: Array<{ id: string }> = await testApp.dataSource.query(
        'SELECT freelancer_id AS id FROM job_matches WHERE job_id = $1 AND rank IS NOT NULL',
        [jobId],
      );
      return rows.some(({ id }) => id === vaId);
    };
    const availability = async () =>
      (await va.ok<{ myAvailability: Record<string, unknown> }>(`{ myAvailability { ${AVAILABILITY} } }`))
        .myAvailability;

    expect(await availability()).toEqual({
      weeklyCapacityHours: 30,
      committedHours: 0,
      freeHours: 30,
      leaveFrom: null,
      leaveUntil: null,
      onLeave: false,
    });
    expect(await ranked(20)).toBe(true);

    // Hired for 15 h a week: 15 h are left, too few for a 20 h post, enough for a 10 h one.
    const { contractId } = await hourlyContract(owner, va, skillIds, { hourlyRateMinor: 1500, weeklyLimitHours: 15 });
    expect(await availability()).toMatchObject({ committedHours: 15, freeHours: 15 });
    expect(await ranked(20)).toBe(false);
    expect(await ranked(10)).toBe(true);

    // Paused, the contract commits nothing.
    await owner.ok('mutation($id: ID!) { pauseContract(contractId: $id) { id } }', { id: contractId });
    expect(await availability()).toMatchObject({ committedHours: 0, freeHours: 30 });
    expect(await ranked(20)).toBe(true);

    // On leave today: no ranking, so no invitation; leave later on does not hide the VA now.
    const today = new Date().toISOString().slice(0, 10);
    const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
    const onLeave = await va.ok<{ setAvailability: Record<string, unknown> }>(SET, {
      input: { weeklyCapacityHours: 25, leaveFrom: today, leaveUntil: inDays(7) },
    });
    expect(onLeave.setAvailability).toMatchObject({ weeklyCapacityHours: 25, onLeave: true, leaveFrom: today });
    expect(await ranked(10)).toBe(false);
    await va.ok(SET, { input: { weeklyCapacityHours: 25, leaveFrom: inDays(14), leaveUntil: inDays(21) } });
    expect(await ranked(10)).toBe(true);
  });

  it('refuses leave without both days, leave that ends before it starts, and capacity out of range', async () => {
    const { va } = await contractParties(testApp, PASSWORD);
    const attempts: Array<[Record<string, unknown>, string]> = [
      [{ weeklyCapacityHours: 20, leaveFrom: '2026-12-20', leaveUntil: null }, 'leaveUntil'],
      [{ weeklyCapacityHours: 20, leaveFrom: '2026-12-20', leaveUntil: '2026-12-19' }, 'leaveUntil'],
      [{ weeklyCapacityHours: 0, leaveFrom: null, leaveUntil: null }, 'weeklyCapacityHours'],
      [{ weeklyCapacityHours: 20, leaveFrom: '2026-02-30', leaveUntil: '2026-03-02' }, 'leaveFrom'],
    ];
    for (const [input, field] of attempts) {
      const { errors } = await va.request(SET, { input });
      expect(code(errors as Errors)).toBe('BAD_USER_INPUT');
      expect(Object.keys((errors as NonNullable<Errors>)[0]?.extensions?.fields ?? {})).toContain(field);
    }
    const { myAvailability } = await va.ok<{ myAvailability: { weeklyCapacityHours: number; leaveFrom: null } }>(
      '{ myAvailability { weeklyCapacityHours leaveFrom } }',
    );
    expect(myAvailability).toEqual({ weeklyCapacityHours: 30, leaveFrom: null });
  });
});
