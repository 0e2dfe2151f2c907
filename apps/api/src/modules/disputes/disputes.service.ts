import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { addBusinessDays, addDays } from 'date-fns';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { assertMayMoveHeldMoney } from '../../platform/access/policy.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { split } from '../../platform/money/shares.js';
import { type ApprovalRequest, ApprovalsService, type Member } from '../approvals/approvals.service.js';
import { AuditService } from '../audit/audit.service.js';
import { MilestoneNotFoundError } from '../contracts/contracts.errors.js';
import type { ContractActor, LockedMilestone, Party } from '../contracts/contracts.types.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { EscrowService } from '../escrow/escrow.service.js';
import { PaymentOperationsService } from '../payments/payment-operations.service.js';
import { DisputeNotFoundError, DisputeStateError } from './disputes.errors.js';
import { DisputesRepository, OPEN_DISPUTE_STATUSES } from './disputes.repository.js';
import type { DisputeEntity, DisputeStatus } from './entities/dispute.entity.js';

/** A party to a contract acting on a dispute: the business (any member) or the VA. */
export type DisputeParty = ContractActor;

const ESCALATE_TASK = 'escrow.escalate-disputes';

/** What a business member asked an admin to let them do in a dispute. */
type SettlementPayload = { action: 'propose' | 'accept'; freelancerShareBps: number };
/** A dispute decision waiting for a second ops member. */
type DecisionPayload = { freelancerShareBps: number; note: string };
/** The money moved when a dispute settles, and what still has to go out after the commit. */
type Settled = { released: number; refunded: number; transferId: string | null; refundIds: string[] };

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
    private readonly repository: DisputesRepository,
    private readonly escrow: EscrowService,
    private readonly milestones: MilestonesService,
    private readonly operations: PaymentOperationsService,
    private readonly audit: AuditService,
    private readonly approvals: ApprovalsService,
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
    const lockSubject = async (request: ApprovalRequest, manager: EntityManager) => {
      await this.lockDispute(request.subjectId, manager);
    };
    this.approvals.register('settlement', {
      lockSubject,
      approve: (request, _approverId, manager) => this.settleApproved(request, manager),
      close: async () => {},
    });
    this.approvals.register('dispute_decision', {
      lockSubject,
      approve: (request, approverId, manager) => this.decideApproved(request, approverId, manager),
      close: async () => {},
    });
  }

  async open(actor: DisputeParty, milestoneId: string, reason: string, now = new Date()): Promise<string> {
    return this.dataSource.transaction((manager) => this.openIn(actor, milestoneId, reason, manager, now));
  }

  /** Opens a dispute in the caller's transaction (disputed time of an hourly week); returns its id. */
  async openIn(
    actor: DisputeParty,
    milestoneId: string,
    reason: string,
    manager: EntityManager,
    now = new Date(),
  ): Promise<string> {
    const locked = await this.milestones.lockFor(actor.party, milestoneId, 'openDispute', manager);
    const previousStatus = locked.milestone.status;
    const id = await this.repository.insert(
      {
        milestoneId,
        contractId: locked.contract.id,
        openedBy: actor.userId,
        openedBySide: actor.side,
        reason,
        previousStatus,
        respondBy: this.answerBy(now),
      },
      manager,
    );
    await this.milestones.apply(locked, { type: 'openDispute' }, actor.userId, manager, { message: reason }, now);
    return id;
  }

  /**
   * Offers a split: the VA's share of what is held, in basis points (6,000 = 60% to the VA). Returns
   * whether it waits for an admin of the business.
   */
  async propose(actor: DisputeParty, disputeId: string, freelancerShareBps: number, now = new Date()) {
    checkShare(freelancerShareBps);
    if (actor.side === 'client') assertMayMoveHeldMoney(actor.role);
    return this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(actor.party, disputeId, manager);
      const payload: SettlementPayload = { action: 'propose', freelancerShareBps };
      if (await this.heldForAdmin(actor, dispute, locked, payload, manager)) return 'awaiting_approval' as const;
      await this.proposeLocked(actor, dispute, locked, freelancerShareBps, now, manager);
      return 'done' as const;
    });
  }

  private async proposeLocked(
    actor: Pick<DisputeParty, 'side' | 'userId'>,
    dispute: DisputeEntity,
    locked: LockedMilestone,
    freelancerShareBps: number,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    const proposal = {
      proposalSide: actor.side,
      proposalFreelancerBps: freelancerShareBps,
      respondBy: this.answerBy(now),
    };
    await this.repository.update(dispute.id, proposal, manager);
    const message = `${freelancerShareBps / 100}% / ${(10_000 - freelancerShareBps) / 100}%`;
    await this.milestones.apply(locked, { type: 'proposeSettlement' }, actor.userId, manager, { message }, now);
  }

  /**
   * The other side accepts the latest proposal: the money is split as proposed. Returns whether it
   * waits for an admin of the business.
   */
  async accept(actor: DisputeParty, disputeId: string, now = new Date()) {
    if (actor.side === 'client') assertMayMoveHeldMoney(actor.role);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(actor.party, disputeId, manager);
      if (dispute.proposalFreelancerBps === null || !dispute.proposalSide) {
        throw new DisputeStateError('There is no proposal to accept yet.');
      }
      if (dispute.proposalSide === actor.side)
        throw new DisputeStateError('The other side has to accept your proposal.');
      const payload: SettlementPayload = { action: 'accept', freelancerShareBps: dispute.proposalFreelancerBps };
      if (await this.heldForAdmin(actor, dispute, locked, payload, manager)) return null;
      // An agreement carries no note: the timeline shows who accepted, in each reader's language.
      const freelancerShareBps = dispute.proposalFreelancerBps;
      return this.resolve(locked, dispute, { freelancerShareBps, actorId: actor.userId }, now, manager);
    });
    if (!outcome) return 'awaiting_approval' as const;
    await this.runOwed(outcome);
    return 'done' as const;
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
      await this.repository.update(dispute.id, { status: 'withdrawn', resolvedAt: now }, manager);
      const action = { type: 'withdrawDispute' as const, previous: dispute.previousStatus };
      await this.milestones.apply(locked, action, actor.userId, manager, {}, now);
      await this.approvals.cancelPending(dispute.id, actor.userId, manager);
    });
  }

  /**
   * Ops decide a split in mediation; audited. A split paying out or refunding above the platform's
   * amount waits for a second ops member (returned as `awaiting_approval`).
   */
  async decide(opsUserId: string, disputeId: string, freelancerShareBps: number, note: string, now = new Date()) {
    checkShare(freelancerShareBps);
    const outcome = await this.dataSource.transaction(async (manager) => {
      const { dispute, locked } = await this.lockOpen(null, disputeId, manager);
      if (dispute.status !== 'mediation') throw new DisputeStateError('Ops decide once the dispute is in mediation.');
      const { heldMinor } = await this.escrow.money(dispute.milestoneId, manager);
      const currency = locked.contract.terms.currency;
      if (await this.approvals.needsSecondOps(split(heldMinor, freelancerShareBps), currency, manager)) {
        const payload: DecisionPayload = { freelancerShareBps, note };
        await this.holdFor(
          'dispute_decision',
          null,
          opsUserId,
          dispute,
          { amountMinor: heldMinor, currency },
          payload,
          manager,
        );
        return null;
      }
      return this.decideLocked(locked, dispute, { freelancerShareBps, note }, opsUserId, null, now, manager);
    });
    if (!outcome) return 'awaiting_approval' as const;
    await this.runOwed(outcome);
    return 'done' as const;
  }

  private async decideLocked(
    locked: LockedMilestone,
    dispute: DisputeEntity,
    { freelancerShareBps, note }: DecisionPayload,
    opsUserId: string,
    approval: { requestId: string; approvedBy: string } | null,
    now: Date,
    manager: EntityManager,
  ): Promise<Settled> {
    const result = await this.resolve(
      locked,
      dispute,
      { freelancerShareBps, actorId: opsUserId, decidedBy: opsUserId, note, approving: approval?.requestId },
      now,
      manager,
    );
    await this.audit.record(
      {
        actorId: opsUserId,
        action: 'dispute.decide',
        targetType: 'dispute',
        targetId: dispute.id,
        details: {
          freelancerShareBps,
          releasedMinor: result.released,
          refundedMinor: result.refunded,
          note,
          ...(approval ? { approvedBy: approval.approvedBy } : {}),
        },
      },
      manager,
    );
    return result;
  }

  /** A second ops member approved a decision: it is carried out as its author made it. */
  private async decideApproved(request: ApprovalRequest, approverId: string, manager: EntityManager) {
    const open = await this.openLocked(request.subjectId, manager);
    if (open?.dispute.status !== 'mediation') return { done: false };
    const payload = request.payload as DecisionPayload;
    const owed = await this.decideLocked(
      open.locked,
      open.dispute,
      payload,
      request.requestedBy,
      { requestId: request.id, approvedBy: approverId },
      new Date(),
      manager,
    );
    return { done: true, afterCommit: () => this.runOwed(owed) };
  }

  /** An admin approved a business member's settlement: proposed or accepted as the member asked. */
  private async settleApproved(request: ApprovalRequest, manager: EntityManager) {
    const open = await this.openLocked(request.subjectId, manager);
    if (!open) return { done: false };
    const { dispute, locked } = open;
    const payload = request.payload as SettlementPayload;
    const now = new Date();
    const member = { side: 'client' as const, userId: request.requestedBy };
    if (payload.action === 'propose') {
      await this.proposeLocked(member, dispute, locked, payload.freelancerShareBps, now, manager);
      return { done: true };
    }
    // The VA's proposal the member accepted must still be the one on the table.
    if (dispute.proposalSide !== 'freelancer' || dispute.proposalFreelancerBps !== payload.freelancerShareBps) {
      return { done: false };
    }
    const decision = { freelancerShareBps: payload.freelancerShareBps, actorId: member.userId, approving: request.id };
    const owed = await this.resolve(locked, dispute, decision, now, manager);
    return { done: true, afterCommit: () => this.runOwed(owed) };
  }

  /** Whether a business member's settlement waits for an admin (then the request is recorded). */
  private async heldForAdmin(
    actor: DisputeParty,
    dispute: DisputeEntity,
    locked: LockedMilestone,
    payload: SettlementPayload,
    manager: EntityManager,
  ): Promise<boolean> {
    if (actor.side !== 'client' || !actor.role) return false;
    const member: Member = { organizationId: locked.contract.organizationId, userId: actor.userId, role: actor.role };
    const { heldMinor } = await this.escrow.money(dispute.milestoneId, manager);
    const stake = { amountMinor: heldMinor, currency: locked.contract.terms.currency };
    const scope = { scopeId: dispute.contractId, subjectId: dispute.id };
    const { waits, commitmentId } = await this.approvals.commit(member, 'settlement', stake, scope, manager);
    if (!waits) return false;
    await this.holdFor(
      'settlement',
      member.organizationId,
      actor.userId,
      dispute,
      { ...stake, commitmentId },
      payload,
      manager,
    );
    return true;
  }

  /** Records the approval request a dispute action waits for: one at a time per dispute. */
  private async holdFor(
    kind: 'settlement' | 'dispute_decision',
    organizationId: string | null,
    requestedBy: string,
    dispute: DisputeEntity,
    stake: { amountMinor: number; currency: string; commitmentId?: string | null },
    payload: SettlementPayload | DecisionPayload,
    manager: EntityManager,
  ): Promise<void> {
    if ((await this.approvals.pendingFor([dispute.id], manager)).size) {
      throw new DisputeStateError('Something on this dispute already waits for an approval.');
    }
    await this.approvals.request(
      {
        kind,
        organizationId,
        subjectId: dispute.id,
        contractId: dispute.contractId,
        ...stake,
        payload,
        requestedBy,
      },
      manager,
    );
  }

  /** Disputes nobody answered in time go to ops; returns how many. */
  async escalateOverdue(now = new Date()): Promise<number> {
    let escalated = 0;
    for (const id of await this.repository.unanswered(now, 100)) {
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
    return this.repository.page(where, page);
  }

  async get(id: string): Promise<DisputeEntity> {
    const dispute = await this.repository.get(id);
    if (!dispute) throw new DisputeNotFoundError();
    return dispute;
  }

  /** Of these contracts, those on which ops decided a dispute in the VA's favour (half or more of what was held). */
  decidedForFreelancer(contractIds: string[]): Promise<Set<string>> {
    return this.repository.decidedForFreelancer(contractIds, 5_000);
  }

  openDisputes(milestoneIds: string[]) {
    return this.repository.openOn(milestoneIds);
  }

  /**
   * Splits what is held: the VA's part released (less the fee), the rest refunded to the card. Whatever
   * else waited for an approval on the dispute is cancelled (`approving`: the request carried out now).
   */
  private async resolve(
    locked: LockedMilestone,
    dispute: DisputeEntity,
    decision: {
      freelancerShareBps: number;
      actorId: string;
      decidedBy?: string;
      note?: string;
      approving?: string;
    },
    now: Date,
    manager: EntityManager,
  ): Promise<Settled> {
    const { freelancerShareBps, actorId, note = '' } = decision;
    const { heldMinor } = await this.escrow.money(dispute.milestoneId, manager);
    const [released, refunded] = split(heldMinor, freelancerShareBps);
    // Said first: once the money moved, the milestone is no longer disputed.
    const details = { amountMinor: heldMinor, message: note };
    await this.milestones.apply(locked, { type: 'resolveDispute' }, actorId, manager, details, now);
    const transferId =
      released > 0
        ? await this.escrow.releaseLocked(locked, { action: 'settleRelease', amountMinor: released, actorId }, manager)
        : null;
    const refund = { action: 'settleRefund' as const, amountMinor: refunded, actorId, message: note };
    const refundIds = refunded > 0 ? await this.escrow.refundLocked(locked, refund, manager) : [];
    await this.repository.update(
      dispute.id,
      {
        status: 'resolved',
        freelancerShareBps,
        releasedMinor: released,
        refundedMinor: refunded,
        decidedBy: decision.decidedBy ?? null,
        decisionNote: note,
        resolvedAt: now,
      },
      manager,
    );
    await this.approvals.cancelPending(dispute.id, actorId, manager, decision.approving);
    return { released, refunded, transferId, refundIds };
  }

  private async runOwed(owed: { transferId: string | null; refundIds: string[] }): Promise<void> {
    await this.operations.runAll([owed.transferId, ...owed.refundIds]);
  }

  private async toMediation(
    dispute: DisputeEntity,
    locked: LockedMilestone,
    actorId: string | null,
    now: Date,
    manager: EntityManager,
  ): Promise<void> {
    const mediationEndsAt = addDays(now, this.config.escrow.disputeMediationDays);
    await this.repository.update(dispute.id, { status: 'mediation', mediationEndsAt }, manager);
    await this.milestones.apply(locked, { type: 'escalateDispute' }, actorId, manager, {}, now);
  }

  /** The dispute's milestone, locked (an approval locks it before its request). */
  private async lockDispute(disputeId: string, manager: EntityManager): Promise<void> {
    const found = await this.repository.find(disputeId, manager);
    if (found) await this.milestones.lock(null, found.milestoneId, manager);
  }

  /** The dispute and its locked milestone if it is still open; null once it closed. */
  private async openLocked(disputeId: string, manager: EntityManager) {
    try {
      return await this.lockOpen(null, disputeId, manager);
    } catch (error) {
      if (error instanceof DisputeStateError || error instanceof DisputeNotFoundError) return null;
      throw error;
    }
  }

  /** The open dispute, with its milestone locked first (the one lock every money action takes). */
  private async lockOpen(party: Party | null, disputeId: string, manager: EntityManager) {
    const found = await this.repository.find(disputeId, manager);
    if (!found) throw new DisputeNotFoundError();
    const locked = await this.milestones.lock(party, found.milestoneId, manager).catch((error: unknown) => {
      throw error instanceof MilestoneNotFoundError ? new DisputeNotFoundError() : error;
    });
    const dispute = await this.repository.lock(disputeId, manager);
    if (!dispute || !OPEN_DISPUTE_STATUSES.includes(dispute.status))
      throw new DisputeStateError('This dispute is already closed.');
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
