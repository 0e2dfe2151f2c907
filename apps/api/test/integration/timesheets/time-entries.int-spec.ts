import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { HandInFilesService } from '../../../src/modules/contracts/hand-in-files.service.js';
import { contractParties, hourlyContract, payIntoEscrow } from '../../support/contracts.js';
import type { GraphqlAgent, TestApp } from '../../support/test-app.js';
import { startTestApp } from '../../support/test-app.js';
import { samplePdf } from '../../support/vetting.js';

const PASSWORD = 'hourly password 1';
const WEEKS = `query($contractId: ID!) { hourlyWeeks(contractId: $contractId) { totalCount items {
  id periodStart periodEnd status minutesIncluded minutesLogged minutesLeft submittedAt money { fundedMinor heldMinor }
  entries { id source workDate startedAt endedAt minutes memo running } } } }`;
const LOG = 'mutation($input: LogTimeInput!) { logTime(input: $input) }';
const UPDATE = 'mutation($input: UpdateTimeEntryInput!) { updateTimeEntry(input: $input) }';
const DELETE = 'mutation($id: ID!) { deleteTimeEntry(id: $id) }';
const START = 'mutation($input: StartTimerInput!) { startTimer(input: $input) { id running workDate } }';
const STOP = 'mutation($memo: String) { stopTimer(memo: $memo) }';
const RUNNING = '{ runningTimer { id contractId running memo } }';

type Errors = Array<{ extensions?: { code?: string; fields?: Record<string, string> } }> | undefined;
const code = (errors: Errors) => errors?.[0]?.extensions?.code;
interface Week {
  id: string;
  periodStart: string;
  periodEnd: string;
  status: string;
  minutesIncluded: number;
  minutesLogged: number;
  minutesLeft: number;
  money: { fundedMinor: number; heldMinor: number };
  entries: Array<{ id: string; source: string; workDate: string; startedAt: string | null; minutes: number | null }>;
}

/** The Monday of the UTC week `date` is in, and that week's Sunday. */
function utcWeek(date: Date): { start: string; end: string } {
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const monday = new Date(day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000);
  const iso = (value: Date) => value.toISOString().slice(0, 10);
  return { start: iso(monday), end: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
}

describe('time on hourly contracts', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await startTestApp({ WORKER_ENABLED: 'false' });
  });
  afterAll(async () => {
    await testApp.close();
  });

  /** A VA in Manila (no summer time) on a 10 h/week contract at €15/h, its first week moved to `week`. */
  async function hourly(week: { start: string; end: string }) {
    const parties = await contractParties(testApp, PASSWORD, { timeZone: 'Asia/Manila' });
    const { contractId, milestoneIds } = await hourlyContract(parties.owner, parties.va, parties.skillIds, {
      hourlyRateMinor: 1500,
      weeklyLimitHours: 10,
    });
    const [weekId] = milestoneIds as [string];
    await testApp.dataSource.query('UPDATE contract_milestones SET period_start = $2, period_end = $3 WHERE id = $1', [
      weekId,
      week.start,
      week.end,
    ]);
    const weeks = async (agent: GraphqlAgent = parties.va) =>
      (await agent.ok<{ hourlyWeeks: { items: Week[] } }>(WEEKS, { contractId })).hourlyWeeks.items;
    return { ...parties, contractId, weekId, weeks };
  }

  const PAST = { start: '2026-11-23', end: '2026-11-29' };
  const entry = (contractId: string, fields: Record<string, unknown>) => ({
    input: { contractId, memo: 'Answered 40 customer e-mails.', ...fields },
  });

  it('opens an accepted offer’s first week, at its limit × rate, to be paid before any hour is logged', async () => {
    const parties = await contractParties(testApp, PASSWORD);
    const { contractId } = await hourlyContract(parties.owner, parties.va, parties.skillIds, {
      hourlyRateMinor: 1500,
      weeklyLimitHours: 10,
    });
    const { hourlyWeeks } = await parties.owner.ok<{ hourlyWeeks: { items: Week[] } }>(WEEKS, { contractId });
    // The offer starts on 4 January 2099, a Sunday: the first week is that one day.
    expect(hourlyWeeks.items).toEqual([
      expect.objectContaining({
        periodStart: '2099-01-04',
        periodEnd: '2099-01-04',
        status: 'PENDING',
        minutesIncluded: 600,
        minutesLogged: 0,
        minutesLeft: 0,
        entries: [],
      }),
    ]);
    const { contract } = await parties.owner.ok<{ contract: { milestones: Array<{ amountMinor: number }> } }>(
      'query($id: ID!) { contract(id: $id) { milestones { amountMinor } } }',
      { id: contractId },
    );
    expect(contract.milestones).toEqual([{ amountMinor: 15_000 }]);
  });

  it('logs hand-written time in a paid week and refuses the future, overlaps, the limit and other weeks', async () => {
    const { owner, va, contractId, weekId, weeks } = await hourly(PAST);
    const log = (fields: Record<string, unknown>) => va.request(LOG, entry(contractId, fields));
    // Nothing is worked before the week is paid in.
    expect(code((await log({ workDate: '2026-11-24', minutes: 60 })).errors as Errors)).toBe('WEEK_NOT_FUNDED');
    await payIntoEscrow(owner, weekId);

    await va.ok(LOG, entry(contractId, { workDate: '2026-11-24', startTime: '09:00', endTime: '11:30' }));
    await va.ok(LOG, entry(contractId, { workDate: '2026-11-25', minutes: 45 }));
    let [week] = await weeks();
    expect(week).toMatchObject({ minutesLogged: 195, minutesLeft: 405, money: { heldMinor: 15_000 } });
    expect(week?.entries.map(({ minutes, startedAt }) => [minutes, startedAt])).toEqual([
      [150, '2026-11-24T01:00:00.000Z'],
      [45, null],
    ]);

    expect(code((await log({ workDate: '2026-11-24', startTime: '10:00', endTime: '12:00' })).errors as Errors)).toBe(
      'TIME_OVERLAP',
    );
    expect(code((await log({ workDate: '2026-11-26', minutes: 406 })).errors as Errors)).toBe('WEEKLY_LIMIT');
    expect(code((await log({ workDate: '2026-11-30', minutes: 30 })).errors as Errors)).toBe('NO_WEEK');
    expect(code((await log({ workDate: '2099-01-05', minutes: 30 })).errors as Errors)).toBe('TIME_IN_FUTURE');
    // 07:00–09:00 on Monday in Manila is Sunday 23:00 to Monday 01:00 UTC: it crosses the week's end.
    expect(code((await log({ workDate: '2026-11-30', startTime: '07:00', endTime: '09:00' })).errors as Errors)).toBe(
      'CROSSES_WEEK_END',
    );
    [week] = await weeks();
    expect(week).toMatchObject({ minutesLogged: 195 });
    expect(week?.entries).toHaveLength(2);

    // The business reads the same week; another business and another VA do not.
    expect((await weeks(owner))[0]?.minutesLogged).toBe(195);
    const other = await contractParties(testApp, PASSWORD);
    expect(code((await other.owner.request(WEEKS, { contractId })).errors as Errors)).toBe('NOT_FOUND');
    expect(code((await other.va.request(WEEKS, { contractId })).errors as Errors)).toBe('NOT_FOUND');
    expect(
      code((await other.va.request(LOG, entry(contractId, { workDate: '2026-11-24', minutes: 5 }))).errors as Errors),
    ).toBe('NOT_FOUND');
  });

  it('keeps a task and a file with an entry as proof of the work; the business reads both', async () => {
    const { owner, va, contractId, weekId } = await hourly(PAST);
    await payIntoEscrow(owner, weekId);
    const upload = async (agent: GraphqlAgent, milestoneId: string) =>
      (
        await agent.upload(
          `/files/hand-ins?milestoneId=${milestoneId}`,
          'orders.pdf',
          samplePdf('orders'),
          'application/pdf',
        )
      ).json<{ id: string }>().id;
    const fileId = await upload(va, weekId);
    // Uploaded but not attached: only the VA reads it.
    expect((await owner.http('GET', `/files/hand-ins/${fileId}`)).statusCode).toBe(404);
    const task = 'Answer customer e-mails within a day';
    await va.ok(LOG, entry(contractId, { workDate: '2026-11-24', minutes: 90, task, fileId }));
    const EVIDENCE = `query($contractId: ID!) { hourlyWeeks(contractId: $contractId) { items {
      entries { minutes task file { id fileName contentType } } } } }`;
    const read = async (agent: GraphqlAgent) =>
      (await agent.ok<{ hourlyWeeks: { items: Array<{ entries: unknown[] }> } }>(EVIDENCE, { contractId })).hourlyWeeks
        .items[0]?.entries;
    const expected = [
      { minutes: 90, task, file: { id: fileId, fileName: 'orders.pdf', contentType: 'application/pdf' } },
    ];
    expect(await read(va)).toEqual(expected);
    expect(await read(owner)).toEqual(expected);
    expect((await owner.http('GET', `/files/hand-ins/${fileId}`)).statusCode).toBe(200);
    // An attached file is not swept away as forgotten.
    expect(await testApp.app.get(HandInFilesService).sweepUnattached(new Date('2099-01-01T00:00:00Z'))).toBe(0);

    // A file goes with one entry; another VA's file, or one for another week, is refused; nothing is written.
    const refused = async (file: string) =>
      (await va.request(LOG, entry(contractId, { workDate: '2026-11-25', minutes: 30, fileId: file })))
        .errors as Errors;
    expect(code(await refused(fileId))).toBe('BAD_USER_INPUT');
    const stranger = await hourly(PAST);
    await payIntoEscrow(stranger.owner, stranger.weekId);
    expect(code(await refused(await upload(stranger.va, stranger.weekId)))).toBe('BAD_USER_INPUT');
    expect(code(await refused('00000000-0000-4000-8000-000000000000'))).toBe('BAD_USER_INPUT');
    expect(await read(va)).toHaveLength(1);
    expect(
      code(
        (await va.request(LOG, entry(contractId, { workDate: '2026-11-25', minutes: 30, task: 'x'.repeat(121) })))
          .errors as Errors,
      ),
    ).toBe('BAD_USER_INPUT');
  });

  it('refuses bad input with the fields named, and writes nothing', async () => {
    const { owner, va, contractId, weekId, weeks } = await hourly(PAST);
    await payIntoEscrow(owner, weekId);
    const fields = async (input: Record<string, unknown>) => {
      const { errors } = await va.request(LOG, entry(contractId, input));
      return [code(errors as Errors), Object.keys((errors as Errors)?.[0]?.extensions?.fields ?? {}).sort()];
    };
    expect(await fields({ workDate: '2026-11-24', startTime: '25:00', endTime: '26:00' })).toEqual([
      'BAD_USER_INPUT',
      ['endTime', 'startTime'],
    ]);
    expect(await fields({ workDate: '2026-11-24', minutes: 0 })).toEqual(['BAD_USER_INPUT', ['minutes']]);
    expect(await fields({ workDate: '2026-11-24', minutes: 1.5 })).toEqual(['GRAPHQL_VALIDATION_FAILED', []]);
    expect(await fields({ workDate: '2026-11-31', minutes: 30 })).toEqual(['BAD_USER_INPUT', ['workDate']]);
    expect(await fields({ workDate: '2026-11-24', startTime: '09:00', endTime: '10:00', minutes: 60 })).toEqual([
      'BAD_USER_INPUT',
      ['minutes'],
    ]);
    expect(await fields({ workDate: '2026-11-24', minutes: 30, memo: 'x'.repeat(1001) })).toEqual([
      'BAD_USER_INPUT',
      ['memo'],
    ]);
    expect((await weeks())[0]).toMatchObject({ minutesLogged: 0, entries: [] });
  });

  it('keeps the weekly limit whatever arrives at the same moment', async () => {
    const { owner, va, contractId, weekId, weeks } = await hourly(PAST);
    await payIntoEscrow(owner, weekId);
    const days = ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27'];
    const results = await Promise.all(
      days.map((workDate) => va.request(LOG, entry(contractId, { workDate, minutes: 180 }))),
    );
    expect(results.filter(({ errors }) => !errors)).toHaveLength(3);
    expect(results.filter(({ errors }) => code(errors as Errors) === 'WEEKLY_LIMIT')).toHaveLength(2);
    const [week] = await weeks();
    expect(week?.minutesLogged).toBe(540);
    expect(week?.entries.reduce((sum, { minutes }) => sum + (minutes ?? 0), 0)).toBe(540);
  });

  it('changes and removes entries, keeping the week’s total', async () => {
    const { owner, va, contractId, weekId, weeks } = await hourly(PAST);
    await payIntoEscrow(owner, weekId);
    await va.ok(LOG, entry(contractId, { workDate: '2026-11-24', minutes: 60 }));
    await va.ok(LOG, entry(contractId, { workDate: '2026-11-25', minutes: 30 }));
    const [first, second] = (await weeks())[0]?.entries ?? [];
    await va.ok(UPDATE, {
      input: { id: first?.id, workDate: '2026-11-24', startTime: '08:00', endTime: '10:00', memo: 'Returns.' },
    });
    expect((await weeks())[0]?.minutesLogged).toBe(150);
    // Moving it to another week is a new entry there.
    expect(
      code(
        (await va.request(UPDATE, { input: { id: first?.id, workDate: '2026-11-30', minutes: 60, memo: 'x' } }))
          .errors as Errors,
      ),
    ).toBe('NO_WEEK');
    await va.ok(DELETE, { id: second?.id });
    expect((await weeks())[0]).toMatchObject({ minutesLogged: 120 });
    expect(code((await owner.request(DELETE, { id: first?.id })).errors as Errors)).toBe('FORBIDDEN');
  });

  it('runs one timer per VA, seen from any tab, stopped into an entry cut to the week’s limit', async () => {
    const { owner, va, contractId, weekId, weeks } = await hourly(utcWeek(new Date()));
    await payIntoEscrow(owner, weekId);
    const started = await va.ok<{ startTimer: { id: string; running: boolean } }>(START, {
      input: { contractId, memo: 'Inbox' },
    });
    expect(started.startTimer.running).toBe(true);
    const secondTab = testApp.agent();
    const { me } = await va.ok<{ me: { email: string } }>('{ me { email } }');
    await secondTab.signIn(me.email, PASSWORD, 'FREELANCER');
    expect((await secondTab.ok<{ runningTimer: { id: string } }>(RUNNING)).runningTimer.id).toBe(started.startTimer.id);
    expect(code((await secondTab.request(START, { input: { contractId, memo: '' } })).errors as Errors)).toBe(
      'TIMER_RUNNING',
    );
    // Twelve hours ago: the week allows ten.
    await testApp.dataSource.query(`UPDATE time_entries SET started_at = now() - interval '12 hours' WHERE id = $1`, [
      started.startTimer.id,
    ]);
    expect((await secondTab.ok<{ stopTimer: boolean }>(STOP, { memo: 'Inbox zero' })).stopTimer).toBe(true);
    const [week] = await weeks();
    expect(week).toMatchObject({ minutesLogged: 600, minutesLeft: 0 });
    expect(week?.entries).toEqual([expect.objectContaining({ source: 'TIMER', minutes: 600, running: false })]);
    expect((await va.ok<{ runningTimer: null }>(RUNNING)).runningTimer).toBeNull();
    // A timer stopped within a minute logs nothing.
    await testApp.dataSource.query('UPDATE time_entries SET minutes = 60 WHERE id = $1', [started.startTimer.id]);
    await testApp.dataSource.query('UPDATE timesheets SET minutes_logged = 60 WHERE week_id = $1', [weekId]);
    await va.ok(START, { input: { contractId, memo: '' } });
    expect((await va.ok<{ stopTimer: boolean }>(STOP)).stopTimer).toBe(false);
    expect((await weeks())[0]?.entries).toHaveLength(1);
  });
});
