import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { shiftDays } from '../../platform/time/local-date.js';
import { ContractsRepository } from './contracts.repository.js';
import type { ContractEntity } from './entities/contract.entity.js';
import type { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import { MilestonesService } from './milestones.service.js';
import { monthAt, nextPeriod, overageOf, periodOf } from './retainer-plan.js';
import { inTrial } from './trial.js';

const OPEN_PERIODS_TASK = 'contracts.open-retainer-periods';
/** A month is added this many days before it starts, so the client can fund it in time. */
export const PERIOD_LEAD_DAYS = 7;

/**
 * Monthly retainers: each month is a milestone of its own, added a week before it starts while the
 * contract runs (not during a trial the client has not continued after, nor after the notice ends),
 * and carrying over the hours the month before left unused, up to the rollover cap.
 */
@Injectable()
export class RetainersService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ContractsRepository,
    private readonly background: BackgroundJobs,
    private readonly milestones: MilestonesService,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: OPEN_PERIODS_TASK,
      policy: 'singleton',
      cron: '0 * * * *',
      handler: async () => {
        await this.openDuePeriods();
      },
    });
  }

  /** Adds every retainer's next month that starts within the lead time; returns how many were added. */
  async openDuePeriods(now = new Date()): Promise<number> {
    let opened = 0;
    for (const id of await this.repository.retainersDue(now.toISOString().slice(0, 10), PERIOD_LEAD_DAYS, 500)) {
      opened += await this.dataSource.transaction(async (manager) => {
        const contract = await this.repository.lockContract(id, null, manager);
        return contract ? this.openPeriods(contract, now, manager) : 0;
      });
    }
    return opened;
  }

  /**
   * Adds the contract's months up to the lead time (a contract whose months fell behind catches up);
   * the caller holds the contract's lock. Returns how many were added.
   */
  async openPeriods(contract: ContractEntity, now: Date, manager: EntityManager): Promise<number> {
    if (contract.terms.kind !== 'retainer' || inTrial(contract) || contract.status !== 'active') return 0;
    const horizon = shiftDays(now.toISOString().slice(0, 10), PERIOD_LEAD_DAYS);
    const periods = await this.repository.contractPeriods(contract.id, manager);
    const last = periods.at(-1);
    let previous = last ? { ...periodOf(last), month: periods.filter((period) => !period.trial).length } : null;
    let opened = 0;
    while (previous && previous.periodEnd < horizon && !endsBy(contract, previous.periodEnd)) {
      const period = nextPeriod(contract.terms, previous, contract.endsOn);
      const milestoneId = await this.repository.appendMilestone(contract.id, period, manager);
      await this.repository.addEvent(
        { contractId: contract.id, milestoneId, kind: 'period_opened', actorId: null, amountMinor: period.amountMinor },
        manager,
      );
      previous = {
        month: previous.month + 1,
        periodEnd: period.periodEnd,
        minutesIncluded: period.minutesIncluded,
        minutesWorked: null,
      };
      opened += 1;
    }
    return opened;
  }

  /**
   * After the VA reported a period's hours: the next period, if already added and not handed in,
   * gets its own hours (pro rata if notice cut it) plus what this one left unused (up to the cap), and
   * hours beyond this period's are billed (`billOverage`).
   */
  async afterHandIn(
    contract: ContractEntity,
    milestone: ContractMilestoneEntity,
    smallestMilestone: number,
    manager: EntityManager,
  ) {
    if (contract.terms.kind !== 'retainer' || milestone.minutesIncluded === null) return;
    await this.billOverage(contract, milestone, smallestMilestone, manager);
    const periods = await this.repository.contractPeriods(contract.id, manager);
    const index = periods.findIndex((period) => period.id === milestone.id);
    const next = index >= 0 ? periods[index + 1] : undefined;
    if (!next?.periodStart || !next.periodEnd || next.minutesWorked !== null) return;
    const { minutesIncluded } = monthAt(contract.terms, next.periodStart, periodOf(milestone), next.periodEnd);
    await this.repository.resizePeriod(next.id, { minutesIncluded }, manager);
  }

  /**
   * Hours a period was handed in with beyond its included ones become a milestone of their own at the
   * overage rate, for the business to pay and then approve or dispute like any hand-in. A period handed
   * in again re-prices an overage not yet paid (a paid one stays: the business disputes it if it
   * disagrees). An overage smaller than the smallest milestone is not billed: no charges in pennies.
   */
  private async billOverage(
    contract: ContractEntity,
    period: ContractMilestoneEntity,
    smallestMilestone: number,
    manager: EntityManager,
  ): Promise<void> {
    const billed = await this.repository.overageFor(period.id, manager);
    if (billed && billed.status !== 'pending') return;
    if (billed) {
      const locked = await this.milestones.lock(null, billed.id, manager);
      await this.milestones.apply(locked, { type: 'cancel' }, null, manager);
    }
    const overage = overageOf(contract.terms, {
      minutesIncluded: period.minutesIncluded ?? 0,
      minutesWorked: period.minutesWorked ?? 0,
    });
    if (!overage || overage.amountMinor < smallestMilestone) return;
    const milestoneId = await this.repository.appendMilestone(
      contract.id,
      {
        title: `${period.title}: overage`,
        amountMinor: overage.amountMinor,
        trial: period.trial,
        minutesWorked: overage.minutes,
        overageOfId: period.id,
      },
      manager,
    );
    await this.repository.addEvent(
      { contractId: contract.id, milestoneId, kind: 'overage_added', actorId: null, amountMinor: overage.amountMinor },
      manager,
    );
  }
}

/** Whether a retainer under notice ends on or before this day (no period after it). */
function endsBy(contract: ContractEntity, day: string): boolean {
  return contract.endsOn !== null && contract.endsOn <= day;
}
