import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, Not } from 'typeorm';
import { TimeEntryEntity } from './entities/time-entry.entity.js';
import { TimesheetEntity } from './entities/timesheet.entity.js';

export type WeekRef = Pick<TimesheetEntity, 'weekId' | 'contractId' | 'freelancerId' | 'periodStart' | 'periodEnd'>;
export type NewTimeEntry = Pick<
  TimeEntryEntity,
  'weekId' | 'contractId' | 'freelancerId' | 'source' | 'workDate' | 'startedAt' | 'endedAt' | 'minutes' | 'memo'
> &
  Partial<Pick<TimeEntryEntity, 'task' | 'fileId'>>;

/** Timesheets and their time entries. */
@Injectable()
export class TimesheetsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The week's timesheet, created on first use, locked for the caller's transaction. */
  async lockTimesheet(week: WeekRef, manager: EntityManager): Promise<TimesheetEntity> {
    await manager.createQueryBuilder().insert().into(TimesheetEntity).values(week).orIgnore().execute();
    return manager
      .getRepository(TimesheetEntity)
      .findOneOrFail({ where: { weekId: week.weekId }, lock: { mode: 'pessimistic_write' } });
  }

  async addLogged(weekId: string, minutes: number, manager: EntityManager): Promise<void> {
    await manager.increment(TimesheetEntity, { weekId }, 'minutesLogged', minutes);
  }

  async markSubmitted(weekId: string, at: Date, manager: EntityManager): Promise<void> {
    await manager.update(TimesheetEntity, { weekId }, { submittedAt: at });
  }

  timesheets(weekIds: string[]) {
    return weekIds.length
      ? this.dataSource.getRepository(TimesheetEntity).findBy({ weekId: In(weekIds) })
      : Promise.resolve([]);
  }

  /** The week's entries, oldest first (entries given as a duration by their day). */
  entries(weekIds: string[], manager: EntityManager = this.dataSource.manager) {
    return weekIds.length
      ? manager.getRepository(TimeEntryEntity).find({
          where: { weekId: In(weekIds) },
          order: { workDate: 'ASC', startedAt: 'ASC', createdAt: 'ASC' },
        })
      : Promise.resolve([]);
  }

  /** One of the VA's entries, locked for the caller's transaction. */
  lockEntry(id: string, freelancerId: string, manager: EntityManager) {
    return manager
      .getRepository(TimeEntryEntity)
      .findOne({ where: { id, freelancerId }, lock: { mode: 'pessimistic_write' } });
  }

  /** The VA's running timer, if any (locked when a transaction's manager is given). */
  runningTimer(freelancerId: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(TimeEntryEntity).findOne({
      where: { freelancerId, endedAt: IsNull(), startedAt: Not(IsNull()) },
      ...(manager ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
  }

  async insertEntry(entry: NewTimeEntry, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(TimeEntryEntity).insert(entry);
    return identifiers[0]?.id as string;
  }

  async updateEntry(id: string, changes: Partial<NewTimeEntry>, manager: EntityManager): Promise<void> {
    await manager.getRepository(TimeEntryEntity).update({ id }, changes);
  }

  async deleteEntry(id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(TimeEntryEntity).delete({ id });
  }

  async markDisputed(ids: string[], milestoneId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(TimeEntryEntity).update({ id: In(ids) }, { disputedIn: milestoneId });
  }

  /** The entries a milestone pays for: a week's own (less those disputed apart), or a disputed part's. */
  billable(milestone: { id: string; splitFromId: string | null }) {
    const entries = this.dataSource.getRepository(TimeEntryEntity);
    const order = { workDate: 'ASC' as const, startedAt: 'ASC' as const, createdAt: 'ASC' as const };
    if (milestone.splitFromId) return entries.find({ where: { disputedIn: milestone.id }, order });
    return entries.find({
      where: [
        { weekId: milestone.id, disputedIn: IsNull(), minutes: Not(IsNull()) },
        { weekId: milestone.id, disputedIn: milestone.id },
      ],
      order,
    });
  }

  findEntry(id: string) {
    return this.dataSource.getRepository(TimeEntryEntity).findOneBy({ id });
  }
}
