import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { MatchingService } from '../matching/matching.service.js';
import { ContractNotFoundError, ContractStateError } from './contracts.errors.js';
import { ContractsRepository } from './contracts.repository.js';
import type { ContractEntity } from './entities/contract.entity.js';
import type { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import { type HourlyWeek, nextWeek, resumeFrom, weekFrom } from './hourly-plan.js';

type Member = { organizationId: string; userId: string };

/**
 * An hourly contract's weeks as contract records: the next week opened when one closes, disputed time
 * split off a week, and the business's controls: the weekly limit (from the next week), pause and
 * resume. Escrow moves the money at each week's close; the contract's lock orders them.
 */
@Injectable()
export class HourlyContractsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ContractsRepository,
    private readonly matching: MatchingService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Hourly weeks to close: ended before `today`, or of an ended contract (read without a lock). */
  weeksDue(today: string, limit: number) {
    return this.repository.hourlyWeeksDue(today, limit);
  }

  /**
   * Adds the week after `previous` to a running hourly contract (the caller holds its lock), priced at
   * its limit less `carriedMinor`, with its line on the timeline; returns the week and the line.
   */
  openNextWeek(
    contract: ContractEntity,
    previous: Pick<ContractMilestoneEntity, 'periodEnd'>,
    carriedMinor: number,
    manager: EntityManager,
  ): Promise<{ weekId: string; eventId: string }> {
    const week = nextWeek(contract.terms, previous.periodEnd as string, carriedMinor, this.config.hourly);
    return this.addWeek(contract, week, manager);
  }

  /**
   * The disputed part of an hourly week: a milestone of its own for the disputed minutes' cost, so
   * the rest of the week releases on its own clock. Returns its id (pending: the caller moves the money in).
   */
  splitWeek(
    contract: ContractEntity,
    week: Pick<ContractMilestoneEntity, 'id' | 'periodStart'>,
    amountMinor: number,
    manager: EntityManager,
  ): Promise<string> {
    const title = `Disputed time, week of ${week.periodStart}`;
    return this.repository.appendMilestone(contract.id, { title, amountMinor, splitFromId: week.id }, manager);
  }

  /** The business changes the weekly limit: the week under way keeps its own; the next week opens at the new one. */
  async changeWeeklyLimit(member: Member, contractId: string, weeklyLimitHours: number): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockRunning(member, contractId, manager);
      const before = contract.terms.weeklyLimitHours;
      if (before === weeklyLimitHours) return;
      await this.repository.changeContract(contract.id, { terms: { weeklyLimitHours } }, manager);
      const message = `${before} h → ${weeklyLimitHours} h`;
      await this.addEvent(contract, 'limit_changed', member.userId, message, manager);
      await this.refreshCommitment(contract, manager);
    });
  }

  /**
   * The business pauses: the week under way (paid for) runs to its end, then no week opens and
   * nothing is charged; what the last week left unused goes back to the card when it closes.
   */
  async pause(member: Member, contractId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockRunning(member, contractId, manager);
      if (contract.pausedAt) throw new ContractStateError('This contract is paused already.');
      await this.repository.changeContract(contract.id, { pausedAt: now }, manager);
      await this.addEvent(contract, 'paused', member.userId, '', manager);
      await this.refreshCommitment(contract, manager);
    });
  }

  /**
   * The business resumes: if the last week has not closed yet, it goes on to the next as usual;
   * otherwise a week opens from today (or after the last week, if that was handed in early), to be paid.
   */
  async resume(member: Member, contractId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const contract = await this.lockRunning(member, contractId, manager);
      if (!contract.pausedAt) throw new ContractStateError('This contract is not paused.');
      await this.repository.changeContract(contract.id, { pausedAt: null }, manager);
      contract.pausedAt = null;
      await this.addEvent(contract, 'resumed', member.userId, '', manager);
      await this.refreshCommitment(contract, manager);
      const weeks = (await this.repository.contractMilestones(contract.id, manager)).filter((m) => m.periodEnd);
      const last = weeks.at(-1);
      // A week not closed yet opens the next when it closes, as on any running contract.
      if (last && ['pending', 'funded'].includes(last.status)) return;
      const start = resumeFrom(now.toISOString().slice(0, 10), last?.periodEnd ?? null);
      await this.addWeek(contract, weekFrom(contract.terms, start, 0, this.config.hourly), manager);
    });
  }

  /** Limits and pauses change the hours the VA is committed to: matching reads what is left. */
  private refreshCommitment(contract: ContractEntity, manager: EntityManager) {
    return this.matching.refreshCard(contract.freelancerId, manager);
  }

  private async lockRunning(member: Member, contractId: string, manager: EntityManager) {
    const contract = await this.repository.lockContract(contractId, { organizationId: member.organizationId }, manager);
    if (!contract) throw new ContractNotFoundError();
    if (contract.terms.kind !== 'hourly') throw new ContractStateError('Only hourly contracts have weeks.');
    if (contract.status !== 'active') throw new ContractStateError('This contract has ended.');
    return contract;
  }

  private async addWeek(contract: ContractEntity, week: HourlyWeek, manager: EntityManager) {
    const weekId = await this.repository.appendMilestone(contract.id, week, manager);
    const eventId = await this.repository.addEvent(
      {
        contractId: contract.id,
        milestoneId: weekId,
        kind: 'period_opened',
        actorId: null,
        amountMinor: week.amountMinor,
      },
      manager,
    );
    return { weekId, eventId };
  }

  private addEvent(
    contract: ContractEntity,
    kind: 'limit_changed' | 'paused' | 'resumed',
    actorId: string,
    message: string,
    manager: EntityManager,
  ) {
    return this.repository.addEvent({ contractId: contract.id, milestoneId: null, kind, actorId, message }, manager);
  }
}
