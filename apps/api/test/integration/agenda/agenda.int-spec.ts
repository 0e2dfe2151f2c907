import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AgendaService } from '../../../src/modules/agenda/agenda.service.js';
import { TimesheetsService } from '../../../src/modules/timesheets/timesheets.service.js';
import { liveProposal, pastHourlyWeek } from '../../support/contracts.js';
import { startTestApp, type TestApp } from '../../support/test-app.js';

const PASSWORD = 'agenda password 1';
/** A Wednesday in the week after the contract's first: the dates below are fixed, whatever day the tests run. */
const NOW = new Date('2026-12-02T12:00:00Z');

describe('homes: a VA’s week across clients, and what waits for a business member', () => {
  let testApp: TestApp;
  let agenda: AgendaService;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
    agenda = testApp.app.get(AgendaService);
  });
  afterAll(async () => {
    await testApp.close();
  });

  it('shows the VA this week’s time, the week in review, and the business what to review, pay and read', async () => {
    const { owner, va, vaId, weekId, contractId, skillIds, log } = await pastHourlyWeek(testApp, PASSWORD);
    await log('2026-11-24', 240);
    await testApp.app.get(TimesheetsService).submit(weekId, null, NOW);

    const week = await agenda.vaWeek(vaId, NOW);
    expect(week).toMatchObject({
      weekStart: '2026-11-30',
      weekEnd: '2026-12-06',
      offersWaiting: 0,
      invitationsWaiting: 0,
    });
    // This week opened priced at the limit less what last week left: not paid yet, so nothing can be logged.
    expect(week.hourly).toEqual([
      expect.objectContaining({
        contractId,
        funded: false,
        minutesIncluded: 600,
        minutesLogged: 0,
        minutesLeft: 0,
        paused: false,
      }),
    ]);
    expect(week.awaitingReview).toEqual([
      expect.objectContaining({
        weekId,
        periodStart: '2026-11-23',
        minutesLogged: 240,
        releasesAt: new Date('2026-12-05T00:00:00Z'),
      }),
    ]);
    expect(week.availability).toMatchObject({ weeklyCapacityHours: 30, committedHours: 10, freeHours: 20 });

    // A proposal on another open post waits for the business too.
    await liveProposal(owner, va, skillIds, 30_000);
    const [{ organizationId }] = await testApp.dataSource.query(
      'SELECT organization_id AS "organizationId" FROM contracts WHERE id = $1',
      [contractId],
    );
    const [{ ownerId }] = await testApp.dataSource.query(
      `SELECT user_id AS "ownerId" FROM organization_members WHERE organization_id = $1 AND role = 'owner'`,
      [organizationId],
    );
    const waiting = await agenda.clientAgenda({ organizationId, userId: ownerId, role: 'owner' }, NOW);
    expect(waiting.toReview).toEqual([
      expect.objectContaining({
        contractId,
        milestoneId: weekId,
        amountMinor: 6_000,
        releasesAt: new Date('2026-12-05T00:00:00Z'),
      }),
    ]);
    expect(waiting.toPay).toEqual([
      expect.objectContaining({ contractId, periodStart: '2026-11-30', amountMinor: 6_000 }),
    ]);
    expect(waiting.proposals).toEqual([expect.objectContaining({ count: 1 })]);
    expect(waiting).toMatchObject({ cardDeclined: null, offersWaiting: 0, approvalsWaiting: 0 });

    // Both read their own through the API.
    const { myWeek } = await va.ok<{ myWeek: { hourly: unknown[] } }>('{ myWeek { weekStart hourly { contractId } } }');
    expect(myWeek.hourly).toHaveLength(1);
    const { needsAttention } = await owner.ok<{ needsAttention: { proposals: unknown[] } }>(
      '{ needsAttention { toReview { milestoneId } toPay { milestoneId } proposals { jobId count } offersWaiting } }',
    );
    expect(needsAttention.proposals).toHaveLength(1);
  });
});
