import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addBusinessDays, addDays } from 'date-fns';
import { DataSource, type EntityManager, In, LessThanOrEqual } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { split } from '../../platform/money/shares.js';
import { AuditService } from '../audit/audit.service.js';
import type { ContractActor, Party } from '../contracts/contracts.repository.js';
import { PayoutsService } from '../payouts/payouts.service.js';
import { DisputeEntity, type DisputeStatus } from './entities/dispute.entity.js';
import { DisputeNotFoundError, DisputeStateError } from './escrow.errors.js';
import { EscrowRepository, type LockedMilestone } from './escrow.repository.js';
import { EscrowService } from './escrow.service.js';

/** A party to a contract acting on a dispute: the business (any member) or the VA. */
export type DisputeParty = ContractActor;

const ESCALATE_TASK = 'escrow.escalate-disputes';
const OPEN: DisputeStatus[] = ['negotiation', 'mediation'];

/**
 * Disputes over a milestone's held money. Opening one freezes the milestone (no release, refund or
 * auto-release). The parties negotiate: either may propose a split, the other accepts it, and the
 * money moves. An unanswered dispute or proposal goes to ops mediation after the response time
 * (business days); either party may also ask for it. Ops decide any split; the decision is audited.
 * Opening a dispute costs nothing.
 */
@Injectable()
export class DisputesService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly escrow: EscrowService,
    private readonly repository: EscrowRepository,
    private readonly payouts: PayoutsService,
    private readonly audit: AuditService,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: ESCALATE_TASK,
      policy: 'singleton',
      cron: '*/15 * * * *',
      handler: async () => {
        await this.escalateOverdue();
      },
    });
  }

  async open(actor: DisputeParty, milestoneId: string, reason: string, now = new Date()): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.escrow.lock(actor.party, milestoneId, 'dispute', manager);
      const { identifiers } = await manager.getRepository(DisputeEntity).insert({
        milestoneId,
        contractId: locked.contract.id,
        openedBy: actor.userId,
        openedBySide: actor.side,
        reason,
        previousStatus: locked.milestone.status,
        respondBy: this.answerBy(now),
      });
      await this.repository.updateMilestone(milestoneId, { status: 'disputed', autoReleaseAt: null }, manager);
      await this.escrow.event(locked, 'dispute_opened', actor.userId, manager, { message: reason });
      return identifiers[0]?.id as string;
    });
  }

  /** Offers a split: the VA's share of what is held, in basis points (6,000 = 60% to the VA). */
  async propose(actor: DisputeParty, disputeId: string, freelancerShareBps: number, now = new Date()): Promise<void> {
    checkShare(freelancerShareBps);
    await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(actor.party, disputeId, manager);
      await manager
        .getRepository(DisputeEntity)
        .update(
          { id: dispute.id },
          { proposalSide: actor.side, proposalFreelancerBps: freelancerShareBps, respondBy: this.answerBy(now) },
        );
      await this.escrow.event(locked, 'settlement_proposed', actor.userId, manager, {
        message: `${freelancerShareBps / 100}% / ${(10_000 - freelancerShareBps) / 100}%`,
      });
    });
  }

  /** The other side accepts the latest proposal: the money is split as proposed. */
  async accept(actor: DisputeParty, disputeId: string, now = new Date()): Promise<void> {
    const owed = await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(actor.party, disputeId, manager);
      if (dispute.proposalFreelancerBps === null || !dispute.proposalSide) {
        throw new DisputeStateError('There is no proposal to accept yet.');
      }
      if (dispute.proposalSide === actor.side)
        throw new DisputeStateError('The other side has to accept your proposal.');
      // An agreement carries no note: the timeline shows who accepted, in each reader's language.
      return this.resolve(locked, dispute, dispute.proposalFreelancerBps, null, actor.userId, '', now, manager);
    });
    await this.runOwed(owed);
  }

  /** Either party asks ops to mediate. */
  async escalate(actor: DisputeParty, disputeId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(actor.party, disputeId, manager);
      if (dispute.status !== 'negotiation') throw new DisputeStateError('Ops are already mediating this dispute.');
      await this.toMediation(dispute, locked, actor.userId, now, manager);
    });
  }

  /** The side that opened the dispute drops it: the milestone goes back to where it was (its clock restarts). */
  async withdraw(actor: DisputeParty, disputeId: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(actor.party, disputeId, manager);
      if (dispute.openedBySide !== actor.side)
        throw new DisputeStateError('Only the side that opened it can withdraw it.');
      await manager.getRepository(DisputeEntity).update({ id: dispute.id }, { status: 'withdrawn', resolvedAt: now });
      const status = dispute.previousStatus;
      const autoReleaseAt = status === 'submitted' ? addDays(now, this.config.escrow.autoReleaseDays) : null;
      await this.repository.updateMilestone(dispute.milestoneId, { status, autoReleaseAt }, manager);
      await this.escrow.event(locked, 'dispute_withdrawn', actor.userId, manager);
    });
  }

  /** Ops decide a split in mediation; audited. */
  async decide(opsUserId: string, disputeId: string, freelancerShareBps: number, note: string, now = new Date()) {
    checkShare(freelancerShareBps);
    const owed = await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(null, disputeId, manager);
      if (dispute.status !== 'mediation') throw new DisputeStateError('Ops decide once the dispute is in mediation.');
      const result = await this.resolve(locked, dispute, freelancerShareBps, opsUserId, opsUserId, note, now, manager);
      await this.audit.record(
        {
          actorId: opsUserId,
          action: 'dispute.decide',
          targetType: 'dispute',
          targetId: dispute.id,
          details: { freelancerShareBps, releasedMinor: result.released, refundedMinor: result.refunded, note },
        },
        manager,
      );
      return result;
    });
    await this.runOwed(owed);
  }

  /** Disputes nobody answered in time go to ops; returns how many. */
  async escalateOverdue(now = new Date()): Promise<number> {
    const overdue = await this.dataSource
      .getRepository(DisputeEntity)
      .find({ select: { id: true }, where: { status: 'negotiation', respondBy: LessThanOrEqual(now) }, take: 100 });
    let escalated = 0;
    for (const { id } of overdue) {
      escalated += await this.dataSource.transaction(async (manager) => {
        const { dispute, locked } = await this.lockOpen(null, id, manager);
        if (dispute.status !== 'negotiation' || !dispute.respondBy || dispute.respondBy > now) return 0;
        await this.toMediation(dispute, locked, null, now, manager);
        return 1;
      });
    }
    return escalated;
  }

  /** A party's disputes on a contract, or ops' view of any: newest first. */
  find(where: { contractId?: string; status?: DisputeStatus }, page: { offset: number; limit: number }) {
    return this.dataSource.getRepository(DisputeEntity).findAndCount({
      where: {
        ...(where.contractId ? { contractId: where.contractId } : {}),
        ...(where.status ? { status: where.status } : {}),
      },
      relations: { milestone: { contract: true } },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  async get(id: string): Promise<DisputeEntity> {
    const dispute = await this.dataSource
      .getRepository(DisputeEntity)
      .findOne({ where: { id }, relations: { milestone: { contract: true } } });
    if (!dispute) throw new DisputeNotFoundError();
    return dispute;
  }

  openDisputes(milestoneIds: string[]) {
    return milestoneIds.length
      ? this.dataSource.getRepository(DisputeEntity).findBy({ milestoneId: In(milestoneIds), status: In(OPEN) })
      : Promise.resolve([]);
  }

  /** Splits what is held: the VA's part released (less the fee), the rest refunded to the card. */
  private async resolve(
    locked: LockedMilestone,
    dispute: DisputeEntity,
    freelancerShareBps: number,
    decidedBy: string | null,
    actorId: string,
    note: string,
    now: Date,
    manager: EntityManager,
  ) {
    const { heldMinor } = await this.escrow.money(dispute.milestoneId, manager);
    const [released, refunded] = split(heldMinor, freelancerShareBps);
    const transferId =
      released > 0 ? await this.escrow.releaseLocked(locked, released, actorId, 'released', manager) : null;
    const refundId = refunded > 0 ? await this.escrow.refundLocked(locked, refunded, actorId, manager, note) : null;
    await manager.getRepository(DisputeEntity).update(
      { id: dispute.id },
      {
        status: 'resolved',
        freelancerShareBps,
        releasedMinor: released,
        refundedMinor: refunded,
        decidedBy,
        decisionNote: note,
        resolvedAt: now,
      },
    );
    await this.escrow.event(locked, 'dispute_resolved', actorId, manager, {
      amountMinor: heldMinor,
      message: note,
    });
    return { released, refunded, transferId, refundId };
  }

  private async runOwed(owed: { transferId: string | null; refundId: string | null }): Promise<void> {
    if (owed.transferId) await this.payouts.runTransfer(owed.transferId);
    if (owed.refundId) await this.escrow.runOperation(owed.refundId);
  }

  private async toMediation(
    dispute: DisputeEntity,
    locked: LockedMilestone,
    actorId: string | null,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    await manager
      .getRepository(DisputeEntity)
      .update(
        { id: dispute.id },
        { status: 'mediation', mediationEndsAt: addDays(now, this.config.escrow.disputeMediationDays) },
      );
    await this.escrow.event(locked, 'dispute_escalated', actorId, manager);
  }

  /** The open dispute, with its milestone locked first (the one lock every money action takes). */
  private async lockOpen(party: Party | null, disputeId: string, manager: EntityManager) {
    const found = await manager.getRepository(DisputeEntity).findOneBy({ id: disputeId });
    if (!found) throw new DisputeNotFoundError();
    const locked = await this.repository.lockMilestone(found.milestoneId, party, manager);
    if (!locked) throw new DisputeNotFoundError();
    const dispute = await manager
      .getRepository(DisputeEntity)
      .findOne({ where: { id: disputeId }, lock: { mode: 'pessimistic_write' } });
    if (!dispute || !OPEN.includes(dispute.status)) throw new DisputeStateError('This dispute is already closed.');
    return { dispute, locked };
  }

  private answerBy(now: Date): Date {
    return addBusinessDays(now, this.config.escrow.disputeResponseBusinessDays);
  }
}

function checkShare(freelancerShareBps: number): void {
  if (!Number.isInteger(freelancerShareBps) || freelancerShareBps < 0 || freelancerShareBps > 10_000) {
    throw new BadUserInputError('A share is from 0% to 100%.', { freelancerShareBps: 'range' });
  }
}
