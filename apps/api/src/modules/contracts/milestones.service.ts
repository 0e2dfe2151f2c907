import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { MilestoneNotFoundError, MilestoneStatusError } from './contracts.errors.js';
import { ContractsRepository } from './contracts.repository.js';
import type { LockedMilestone, Party } from './contracts.types.js';
import type { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import { allows, type MilestoneAction, type MilestoneActionType, type Timing, transition } from './milestone-flow.js';
import { monthAt, periodOf } from './retainer-plan.js';

/** What a timeline line says beyond its kind. */
export type EventDetails = { amountMinor?: number; message?: string };

/**
 * The one place a milestone's status and timers change: every action locks the milestone, asks the
 * transition table (`milestone-flow.ts`) what it does, and writes that with its timeline line.
 * Escrow, disputes and contract ending call it; none of them writes a milestone.
 */
@Injectable()
export class MilestonesService {
  constructor(
    private readonly repository: ContractsRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The milestone with its contract, locked for this transaction; `party: null` is the platform itself. */
  async lock(party: Party | null, milestoneId: string, manager: EntityManager): Promise<LockedMilestone> {
    const locked = await this.repository.lockMilestone(milestoneId, party, manager);
    if (!locked) throw new MilestoneNotFoundError();
    return locked;
  }

  /** The milestone locked, if the party may act on it and its status allows the action. */
  async lockFor(
    party: Party | null,
    milestoneId: string,
    type: MilestoneActionType,
    manager: EntityManager,
  ): Promise<LockedMilestone> {
    const locked = await this.lock(party, milestoneId, manager);
    this.assertAllows(locked.milestone, type);
    return locked;
  }

  /** Whether the action may happen now (a sweep asks before acting on what it read without a lock). */
  allows(milestone: ContractMilestoneEntity, type: MilestoneActionType, now = new Date()): boolean {
    return allows(milestone, type, { now });
  }

  /** Refuses, with the status in words, an action the milestone's status does not allow. */
  assertAllows(milestone: ContractMilestoneEntity, type: MilestoneActionType): void {
    if (!this.allows(milestone, type)) throw new MilestoneStatusError(ACTION_WORDS[type], milestone.status);
  }

  /**
   * Applies an action to a locked milestone: its changes, and its line on the contract's timeline
   * (whose id is returned: the key of the money the action moves). The locked copy is updated too,
   * so a flow that goes on (a bonus funded, then released) reads the new state.
   */
  async apply(
    locked: LockedMilestone,
    action: MilestoneAction,
    actorId: string | null,
    manager: EntityManager,
    details: EventDetails = {},
    now = new Date(),
  ): Promise<string | null> {
    const { milestone, contract } = locked;
    const outcome = transition(milestone, action, this.timing(now));
    if (!outcome) throw new MilestoneStatusError(ACTION_WORDS[action.type], milestone.status);
    if (Object.keys(outcome.changes).length) {
      await this.repository.changeMilestone(milestone.id, outcome.changes, manager);
      Object.assign(milestone, outcome.changes);
    }
    if (!outcome.event) return null;
    return this.repository.addEvent(
      { contractId: contract.id, milestoneId: milestone.id, kind: outcome.event, actorId, ...details },
      manager,
    );
  }

  /** Milestones a saved card pays unasked (hourly weeks begun, retainer overage), a keyset page at a time. */
  dueForSavedCard(today: string, page: { afterId: string | null; limit: number }, organizationId: string | null) {
    return this.repository.milestonesToCharge(today, page, organizationId);
  }

  /** Handed-in milestones whose auto-release time has come (read without a lock: `apply` checks again). */
  dueForAutoRelease(now: Date, limit: number): Promise<string[]> {
    return this.repository.milestonesDue('autoRelease', now, limit);
  }

  /** Money held for work not handed in on an ended contract, whose wind-down has run out. */
  dueForAutoRefund(now: Date, limit: number): Promise<string[]> {
    return this.repository.milestonesDue('autoRefund', now, limit);
  }

  /** Handed-in milestones releasing by themselves before `soon` whose sides were not reminded of that time. */
  dueForReminder(soon: Date, limit: number): Promise<string[]> {
    return this.repository.milestonesDue('reminder', soon, limit);
  }

  /** Both sides were reminded of this auto-release time. */
  markReminded(milestoneId: string, releaseAt: Date, manager: EntityManager): Promise<void> {
    return this.repository.markReminded(milestoneId, releaseAt, manager);
  }

  /** A retainer's unpaid period, cut to the contract's last day (pro rata). */
  async cutPeriod(
    locked: LockedMilestone,
    previous: ContractMilestoneEntity | null,
    lastDay: string,
    manager: EntityManager,
  ): Promise<void> {
    const { milestone, contract } = locked;
    if (milestone.status !== 'pending' || !milestone.periodStart) return;
    const { periodEnd, amountMinor, minutesIncluded } = monthAt(
      contract.terms,
      milestone.periodStart,
      previous && periodOf(previous),
      lastDay,
    );
    await this.repository.resizePeriod(milestone.id, { periodEnd, amountMinor, minutesIncluded }, manager);
  }

  private timing(now: Date): Timing {
    const { autoReleaseDays, windDownDays } = this.config.escrow;
    return { now, autoReleaseDays, windDownDays };
  }
}

/** How the refusal reads: "This milestone is released; it cannot be handed in now." */
const ACTION_WORDS: Record<MilestoneActionType, string> = {
  pay: 'paid',
  fund: 'funded',
  paymentFailed: 'paid',
  paymentReturned: 'paid',
  submit: 'handed in',
  splitOff: 'disputed',
  requestChanges: 'sent back for changes',
  release: 'released',
  autoRelease: 'released',
  refund: 'refunded',
  autoRefund: 'refunded',
  openDispute: 'disputed',
  proposeSettlement: 'settled',
  escalateDispute: 'mediated',
  resolveDispute: 'settled',
  settleRelease: 'settled',
  settleRefund: 'settled',
  withdrawDispute: 'taken out of dispute',
  cancel: 'cancelled',
  closeEmpty: 'closed',
  windDown: 'wound down',
  refundRefused: 'refunded',
};
