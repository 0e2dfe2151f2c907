import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { localDate } from '../../platform/time/local-date.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Contract, ContractActor, Party } from '../contracts/contracts.types.js';
import type { ContractMilestone, HandInFile } from '../contracts/dto/contract.output.js';
import { HandInFilesService } from '../contracts/hand-in-files.service.js';
import { HourlyContractsService } from '../contracts/hourly-contracts.service.js';
import { weekOverAt } from '../contracts/hourly-plan.js';
import { DisputesService } from '../disputes/disputes.service.js';
import { HourlyWeeksService } from '../escrow/hourly-weeks.service.js';
import { UsersService } from '../identity/users.service.js';
import type { HourlyWeek, TimeEntry } from './dto/hourly-week.output.js';
import type { TimeEntryEntity } from './entities/time-entry.entity.js';
import type { TimesheetEntity } from './entities/timesheet.entity.js';
import {
  crossesWeekEnd,
  type EntryInput,
  inFuture,
  minutesLeft,
  overlaps,
  type PlacedEntry,
  placeEntry,
  weekDayOf,
} from './time-rules.js';
import {
  ContractPausedError,
  CrossesWeekEndError,
  EntryWeekChangeError,
  NotTrackableError,
  NoWeekError,
  TimeEntryNotFoundError,
  TimeInFutureError,
  TimeOverlapError,
  TimerRunningError,
  WeeklyLimitError,
  WeekNotFundedError,
  WeekOpenError,
  WeekSubmittedError,
} from './timesheets.errors.js';
import { TimesheetsRepository } from './timesheets.repository.js';

const MINUTE_MS = 60_000;
const BATCH = 200;
const SUBMIT_TASK = 'timesheets.submit-ended-weeks';

type Week = ContractMilestone & { contractId: string; periodStart: string; periodEnd: string };
export type WeekSummary = { minutesLogged: number; minutesLeft: number; submittedAt: Date | null };
/** What an entry says of the work beyond its time: the memo, the task, a file uploaded for its week. */
type EntryDetails = { memo: string; task?: string; fileId?: string | null };

/**
 * Time on hourly contracts: entries written by hand or by the timer, each checked against the clock,
 * the contract's other entries, its week and the money escrow holds for the week. Every write holds
 * the week's timesheet lock, so the limit holds whatever arrives at the same moment.
 */
@Injectable()
export class TimesheetsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TimesheetsRepository,
    private readonly contracts: ContractsService,
    private readonly hourlyContracts: HourlyContractsService,
    private readonly hourlyWeeks: HourlyWeeksService,
    private readonly disputes: DisputesService,
    private readonly users: UsersService,
    private readonly background: BackgroundJobs,
    private readonly handInFiles: HandInFilesService,
  ) {}

  onModuleInit(): void {
    // Weeks end at midnight UTC; a week is handed in within a quarter of an hour of its end.
    this.background.register({
      name: SUBMIT_TASK,
      policy: 'singleton',
      cron: '*/15 * * * *',
      handler: async () => {
        await this.submitEndedWeeks();
      },
    });
  }

  /** Logs time written by hand, with what it was for and a file if the VA gives them; returns the entry's id. */
  async log(freelancerId: string, input: EntryInput & EntryDetails & { contractId: string }, now = new Date()) {
    const { contract, timeZone, weeks } = await this.trackable(freelancerId, input.contractId);
    const placed = place(input, timeZone, now);
    const week = weekFor(contract, weeks, placed);
    return this.dataSource.transaction(async (manager) => {
      const timesheet = await this.openTimesheet(week, freelancerId, manager);
      await this.admit(week, timesheet, placed, contract.terms.hourlyRateMinor ?? 0, null, now, manager);
      await this.repository.addLogged(week.id, placed.minutes, manager);
      const { memo, task = '', fileId = null } = input;
      if (fileId) await this.handInFiles.attachToEntry(freelancerId, week.id, fileId, manager);
      return this.repository.insertEntry(
        { weekId: week.id, contractId: week.contractId, freelancerId, source: 'manual', memo, task, fileId, ...placed },
        manager,
      );
    });
  }

  /** Changes one of the VA's entries within its week, until the week is submitted. */
  async update(freelancerId: string, id: string, input: EntryInput & EntryDetails, now = new Date()) {
    const found = await this.repository.findEntry(id);
    // A running timer is stopped, not edited.
    const running = found?.startedAt !== null && found?.endedAt === null;
    if (!found || found.freelancerId !== freelancerId || running) throw new TimeEntryNotFoundError();
    const { contract, timeZone, weeks } = await this.trackable(freelancerId, found.contractId);
    const placed = place(input, timeZone, now);
    const week = weekFor(contract, weeks, placed);
    if (week.id !== found.weekId) throw new EntryWeekChangeError();
    await this.dataSource.transaction(async (manager) => {
      const timesheet = await this.openTimesheet(week, freelancerId, manager);
      const entry = await this.repository.lockEntry(id, freelancerId, manager);
      if (!entry) throw new TimeEntryNotFoundError();
      await this.admit(week, timesheet, placed, contract.terms.hourlyRateMinor ?? 0, entry, now, manager);
      await this.repository.addLogged(week.id, placed.minutes - (entry.minutes ?? 0), manager);
      // A new file joins the entry; the one it had stays with the week's evidence.
      const fileId = input.fileId ?? entry.fileId;
      if (fileId !== entry.fileId)
        await this.handInFiles.attachToEntry(freelancerId, week.id, fileId as string, manager);
      await this.repository.updateEntry(id, { ...placed, memo: input.memo, task: input.task ?? '', fileId }, manager);
    });
  }

  /** Removes one of the VA's entries, until its week is submitted. */
  async remove(freelancerId: string, id: string): Promise<void> {
    const found = await this.repository.findEntry(id);
    if (!found || found.freelancerId !== freelancerId) throw new TimeEntryNotFoundError();
    const { weeks } = await this.weeks({ freelancerId }, found.contractId);
    const week = weeks.find(({ id: weekId }) => weekId === found.weekId) as Week;
    await this.dataSource.transaction(async (manager) => {
      const timesheet = await this.openTimesheet(week, freelancerId, manager);
      if (timesheet.submittedAt) throw new WeekSubmittedError();
      const entry = await this.repository.lockEntry(id, freelancerId, manager);
      if (!entry) throw new TimeEntryNotFoundError();
      await this.repository.deleteEntry(id, manager);
      if (entry.minutes) await this.repository.addLogged(week.id, -entry.minutes, manager);
    });
  }

  /** Starts the VA's timer on a contract now: the week must be paid in and have time left. */
  async startTimer(freelancerId: string, contractId: string, memo: string, now = new Date()): Promise<string> {
    const { contract, timeZone, weeks } = await this.trackable(freelancerId, contractId);
    const started = { workDate: localDate(now, timeZone), startedAt: now, endedAt: null, minutes: 0 };
    const week = weekFor(contract, weeks, started);
    return this.dataSource.transaction(async (manager) => {
      if (await this.repository.runningTimer(freelancerId, manager)) throw new TimerRunningError();
      const timesheet = await this.openTimesheet(week, freelancerId, manager);
      // A timer needs at least a minute of the week left, and no entry around now.
      await this.admit(
        week,
        timesheet,
        { ...started, minutes: 1 },
        contract.terms.hourlyRateMinor ?? 0,
        null,
        now,
        manager,
      );
      return this.repository.insertEntry(
        { weekId: week.id, contractId, freelancerId, source: 'timer', memo, ...started, minutes: null },
        manager,
      );
    });
  }

  /**
   * Stops the VA's timer: the entry ends now (or when its week ended), cut to the minutes the week
   * has left. Under a minute leaves no entry. Returns the entry's id, or null.
   */
  async stopTimer(freelancerId: string, memo: string | null, now = new Date()): Promise<string | null> {
    return this.dataSource.transaction(async (manager) => {
      const running = await this.repository.runningTimer(freelancerId, manager);
      if (!running) throw new TimeEntryNotFoundError('running timer');
      const { contract, weeks } = await this.weeks({ freelancerId }, running.contractId);
      const week = weeks.find(({ id }) => id === running.weekId);
      if (!week) throw new TimeEntryNotFoundError('running timer');
      const timesheet = await this.openTimesheet(week, freelancerId, manager);
      const rate = contract.terms.hourlyRateMinor ?? 0;
      return this.finishTimer(running, week, timesheet, rate, memo, now, manager);
    });
  }

  /**
   * Hands a week in: the VA early (`actorId`), or the platform when the week is over (null). Its
   * entries become final, a timer still running in it stops, and the week's money is closed (handed
   * in for review, the unused part carried into the next week). Once: returns false if already done.
   */
  async submit(weekId: string, actorId: string | null, now = new Date()): Promise<boolean> {
    const found = (await this.contracts.milestonesWithContracts([weekId])).get(weekId);
    if (!found || (actorId !== null && found.contract.freelancerId !== actorId))
      throw new TimeEntryNotFoundError('week');
    const { contract } = found;
    const { weeks } = await this.weeks({ freelancerId: contract.freelancerId }, contract.id);
    const week = weeks.find(({ id }) => id === weekId);
    if (!week) throw new TimeEntryNotFoundError('week');
    if (actorId !== null && week.status === 'pending') throw new WeekNotFundedError();
    const closed = await this.dataSource.transaction(async (manager) => {
      const timesheet = await this.openTimesheet(week, contract.freelancerId, manager);
      if (timesheet.submittedAt) {
        if (actorId !== null) throw new WeekSubmittedError();
        return null;
      }
      const running = await this.repository.runningTimer(contract.freelancerId, manager);
      if (running?.weekId === weekId) {
        const rate = contract.terms.hourlyRateMinor ?? 0;
        await this.finishTimer(running, week, timesheet, rate, null, now, manager);
      }
      const { minutesLogged } = await this.openTimesheet(week, contract.freelancerId, manager);
      await this.repository.markSubmitted(weekId, now, manager);
      return { owed: await this.hourlyWeeks.close(weekId, minutesLogged, actorId, now, manager) };
    });
    if (!closed) return false;
    await this.hourlyWeeks.settle(closed.owed);
    return true;
  }

  /** Hands in every week that is over; returns how many. */
  async submitEndedWeeks(now = new Date()): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    let submitted = 0;
    for (;;) {
      const due = await this.hourlyContracts.weeksDue(today, BATCH);
      let progressed = 0;
      for (const { id } of due) if (await this.submit(id, null, now)) progressed += 1;
      submitted += progressed;
      // A full page that moved nothing would come back the same: stop rather than spin.
      if (due.length < BATCH || progressed === 0) return submitted;
    }
  }

  /**
   * The business disputes some entries of a handed-in week: their time's cost is split off into a
   * milestone of its own, disputed in the existing flow, and the week's other hours release as
   * usual (approved, or when the review window closes). Returns the dispute's id.
   */
  async disputeEntries(
    actor: ContractActor,
    input: { weekId: string; entryIds: string[]; reason: string },
    now = new Date(),
  ): Promise<string> {
    const found = (await this.contracts.milestonesWithContracts([input.weekId])).get(input.weekId);
    if (!found) throw new TimeEntryNotFoundError('week');
    const { weeks } = await this.weeks(actor.party, found.contract.id);
    const week = weeks.find(({ id }) => id === input.weekId);
    if (!week) throw new TimeEntryNotFoundError('week');
    return this.dataSource.transaction(async (manager) => {
      const timesheet = await this.openTimesheet(week, found.contract.freelancerId, manager);
      if (!timesheet.submittedAt) throw new WeekOpenError();
      const chosen = (await this.repository.entries([week.id], manager)).filter(({ id }) =>
        input.entryIds.includes(id),
      );
      if (chosen.length !== input.entryIds.length) throw new TimeEntryNotFoundError();
      if (chosen.some(({ disputedIn }) => disputedIn !== null)) {
        throw new BadUserInputError('Some of these entries are disputed already.', { entryIds: 'alreadyDisputed' });
      }
      const minutes = chosen.reduce((total, entry) => total + (entry.minutes ?? 0), 0);
      const milestoneId = await this.hourlyWeeks.splitDisputed(week.id, minutes, actor.userId, now, manager);
      await this.repository.markDisputed(input.entryIds, milestoneId, manager);
      return this.disputes.openIn(actor, milestoneId, input.reason, manager, now);
    });
  }

  /** Minutes worked per day that a milestone pays for (an hourly week, or its disputed part), days in order. */
  async minutesByDay(milestone: {
    id: string;
    splitFromId: string | null;
  }): Promise<Array<{ workDate: string; minutes: number }>> {
    const days = new Map<string, number>();
    for (const entry of await this.repository.billable(milestone)) {
      days.set(entry.workDate, (days.get(entry.workDate) ?? 0) + (entry.minutes ?? 0));
    }
    return [...days].map(([workDate, minutes]) => ({ workDate, minutes }));
  }

  async runningTimer(freelancerId: string): Promise<TimeEntry | null> {
    const running = await this.repository.runningTimer(freelancerId);
    return running && toTimeEntry(running);
  }

  /** A contract's weeks, newest first, with their entries and what is left to log, for either side. */
  async weeksOf(party: Party, contractId: string, page: { offset: number; limit: number }) {
    const { contract, weeks: inOrder } = await this.weeks(party, contractId);
    const weeks = inOrder.reverse();
    const shown = weeks.slice(page.offset, page.offset + page.limit);
    const ids = shown.map(({ id }) => id);
    const rate = contract.terms.hourlyRateMinor ?? 0;
    const [summaries, entries] = await Promise.all([
      this.summaries(shown.map((week) => ({ week, hourlyRateMinor: rate }))),
      this.repository.entries(ids),
    ]);
    const fileIds = entries.flatMap(({ fileId }) => (fileId ? [fileId] : []));
    const files = new Map((await this.handInFiles.byIds(fileIds)).map((file) => [file.id, file]));
    const items = shown.map(
      (week): HourlyWeek => ({
        id: week.id,
        periodStart: week.periodStart,
        periodEnd: week.periodEnd,
        status: week.status,
        minutesIncluded: week.minutesIncluded ?? 0,
        ...(summaries.get(week.id) as WeekSummary),
        releasesAt: week.autoReleaseAt,
        money: week.money,
        entries: entries.filter(({ weekId }) => weekId === week.id).map((entry) => toTimeEntry(entry, files)),
      }),
    );
    return { items, totalCount: weeks.length };
  }

  /**
   * Weeks' time in one query, whatever contracts they belong to: minutes logged, minutes the VA may
   * still log (within the limit and what escrow holds for a week not handed in), and when handed in.
   */
  async summaries(
    weeks: Array<{ week: Pick<Week, 'id' | 'status' | 'minutesIncluded' | 'money'>; hourlyRateMinor: number }>,
  ): Promise<Map<string, WeekSummary>> {
    const timesheets = await this.repository.timesheets(weeks.map(({ week }) => week.id));
    return new Map(
      weeks.map(({ week, hourlyRateMinor }) => {
        const timesheet = timesheets.find(({ weekId }) => weekId === week.id);
        const minutesLogged = timesheet?.minutesLogged ?? 0;
        const open = week.status === 'funded' && !timesheet?.submittedAt;
        const left = minutesLeft({
          minutesIncluded: week.minutesIncluded ?? 0,
          minutesLogged,
          heldMinor: open ? week.money.heldMinor : 0,
          hourlyRateMinor,
        });
        return [week.id, { minutesLogged, minutesLeft: left, submittedAt: timesheet?.submittedAt ?? null }];
      }),
    );
  }

  /** Ends a running entry now (or at its week's end), cut to what the week has left; under a minute, drops it. */
  private async finishTimer(
    running: TimeEntryEntity,
    week: Week,
    timesheet: TimesheetEntity,
    hourlyRateMinor: number,
    memo: string | null,
    now: Date,
    manager: EntityManager,
  ): Promise<string | null> {
    const startedAt = running.startedAt as Date;
    const end = Math.min(now.getTime(), weekOverAt(week.periodEnd).getTime());
    const left = minutesLeft({
      minutesIncluded: week.minutesIncluded ?? 0,
      minutesLogged: timesheet.minutesLogged,
      heldMinor: week.money.heldMinor,
      hourlyRateMinor,
    });
    const minutes = Math.min(Math.floor((end - startedAt.getTime()) / MINUTE_MS), left);
    if (minutes < 1 || timesheet.submittedAt) {
      await this.repository.deleteEntry(running.id, manager);
      return null;
    }
    const endedAt = new Date(startedAt.getTime() + minutes * MINUTE_MS);
    await this.repository.updateEntry(running.id, { endedAt, minutes, ...(memo === null ? {} : { memo }) }, manager);
    await this.repository.addLogged(running.weekId, minutes, manager);
    return running.id;
  }

  /** The contract (the party must be on it) and its weeks in order, with their money. */
  private async weeks(party: Party, contractId: string) {
    const contract = await this.contracts.contract(party, contractId);
    const weeks = (await this.contracts.milestones([contractId])).filter(
      (milestone): milestone is Week => milestone.periodStart !== null && milestone.periodEnd !== null,
    );
    return { contract, weeks };
  }

  private async trackable(freelancerId: string, contractId: string) {
    const [{ contract, weeks }, user] = await Promise.all([
      this.weeks({ freelancerId }, contractId),
      this.users.findUserById(freelancerId),
    ]);
    if (contract.terms.kind !== 'hourly' || contract.status !== 'active') throw new NotTrackableError();
    return { contract, timeZone: user?.timeZone ?? 'UTC', weeks };
  }

  private openTimesheet(week: Week, freelancerId: string, manager: EntityManager) {
    const { id: weekId, contractId, periodStart, periodEnd } = week;
    return this.repository.lockTimesheet({ weekId, contractId, freelancerId, periodStart, periodEnd }, manager);
  }

  /**
   * Checks an entry against its week (open, paid in, time left) and the week's other entries
   * (`replacing` leaves itself out); the caller holds the timesheet's lock and books the minutes.
   */
  private async admit(
    week: Week,
    timesheet: TimesheetEntity,
    placed: PlacedEntry,
    hourlyRateMinor: number,
    replacing: TimeEntryEntity | null,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    if (timesheet.submittedAt) throw new WeekSubmittedError();
    if (week.status !== 'funded') throw new WeekNotFundedError();
    if (crossesWeekEnd(placed, weekOverAt(week.periodEnd))) throw new CrossesWeekEndError();
    const others = (await this.repository.entries([week.id], manager)).filter((entry) => entry.id !== replacing?.id);
    if (others.some((entry) => overlaps(entry, placed, now))) throw new TimeOverlapError();
    const logged = timesheet.minutesLogged - (replacing?.minutes ?? 0);
    const left = minutesLeft({
      minutesIncluded: week.minutesIncluded ?? 0,
      minutesLogged: logged,
      heldMinor: week.money.heldMinor,
      hourlyRateMinor,
    });
    if (placed.minutes > left) throw new WeeklyLimitError(left);
  }
}

export function toTimeEntry(entry: TimeEntryEntity, files: ReadonlyMap<string, HandInFile> = new Map()): TimeEntry {
  const { id, contractId, source, workDate, startedAt, endedAt, minutes, memo, task, fileId, disputedIn } = entry;
  return {
    id,
    contractId,
    source,
    workDate,
    startedAt,
    endedAt,
    minutes,
    memo,
    task,
    file: (fileId && files.get(fileId)) || null,
    running: startedAt !== null && endedAt === null,
    disputedIn,
  };
}

/** Places a written entry, or says which input is wrong or that it lies ahead of the clock. */
function place(input: EntryInput, timeZone: string, now: Date): PlacedEntry {
  const placed = placeEntry(input, timeZone);
  if ('rule' in placed)
    throw new BadUserInputError('Give a start and an end, or a duration.', { [placed.field]: placed.rule });
  if (placed.minutes < 1) throw new BadUserInputError('An entry lasts at least a minute.', { endTime: 'min' });
  if (inFuture(placed, timeZone, now)) throw new TimeInFutureError();
  return placed;
}

/** The contract's week an entry counts in (a paused contract has none after its last). */
function weekFor(contract: Contract, weeks: Week[], entry: Pick<PlacedEntry, 'workDate' | 'startedAt'>): Week {
  const day = weekDayOf(entry);
  const week = weeks.find(({ periodStart, periodEnd }) => periodStart <= day && day <= periodEnd);
  if (!week) throw contract.pausedAt ? new ContractPausedError() : new NoWeekError();
  return week;
}
