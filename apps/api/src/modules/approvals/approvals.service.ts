import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { OrganizationRole } from '../../platform/access/actor.js';
import { convertMinor } from '../../platform/money/fx.js';
import { AuditService } from '../audit/audit.service.js';
import { UsersService } from '../identity/users.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import { ApprovalNotFoundError, ApprovalStateError } from './approvals.errors.js';
import { ApprovalCommitmentEntity } from './entities/approval-commitment.entity.js';
import { ApprovalPolicyEntity } from './entities/approval-policy.entity.js';
import {
  type ApprovalKind,
  ApprovalRequestEntity,
  type ApprovalStatus,
  type OrganizationApprovalKind,
} from './entities/approval-request.entity.js';

/** Money at stake, in minor units of its currency. */
/** A request as the features that handle approvals read it. */
export type ApprovalRequest = ApprovalRequestEntity;

export type NamedApprovalRequest = ApprovalRequestEntity & { requestedByName: string; decidedByName: string | null };

export type Stake = { amountMinor: number; currency: string };

/** A member of an organisation acting: owners and admins approve, the others may have to ask. */
export type Member = { organizationId: string; userId: string; role: OrganizationRole };

/** Who decides a request: an admin of its organisation, or an ops member other than the requester. */
export type Approver = { kind: 'client'; organizationId: string; userId: string } | { kind: 'ops'; userId: string };

export type ApprovalRequestInput = Pick<ApprovalRequestEntity, 'kind' | 'subjectId' | 'amountMinor' | 'currency'> &
  Partial<Pick<ApprovalRequestEntity, 'organizationId' | 'contractId' | 'jobId' | 'payload'>> & {
    requestedBy: string;
    /** The commitment that made it wait (`commit`), so a rejection takes it out of the member's total. */
    commitmentId?: string | null;
  };

/** Where a commitment counts: the contract (or job, for offers) and what it is about on it. */
export type CommitmentScope = { scopeId: string; subjectId: string };

const DAY_MS = 86_400_000;

/**
 * What the module owning a kind does when a request is decided, in the decision's transaction.
 * `lockSubject` runs first, so every path locks the subject before the request (one lock order).
 */
export interface ApprovalHandler {
  lockSubject(request: ApprovalRequestEntity, manager: EntityManager): Promise<void>;
  /** Carries the action out; `done: false` when its subject went away meanwhile (the request is cancelled). */
  approve(
    request: ApprovalRequestEntity,
    approverId: string,
    manager: EntityManager,
  ): Promise<{ done: boolean; afterCommit?: () => Promise<void> }>;
  /** Undoes what waited for the approval (an unsent offer, an unpaid bonus), rejected or withdrawn. */
  close(request: ApprovalRequestEntity, outcome: 'rejected' | 'cancelled', manager: EntityManager): Promise<void>;
}

const AUDIT_ACTIONS: Record<ApprovalStatus, string> = {
  pending: 'approval.request',
  approved: 'approval.approve',
  rejected: 'approval.reject',
  cancelled: 'approval.cancel',
};

const ADMIN_ROLES: OrganizationRole[] = ['owner', 'admin'];

/**
 * Approval policies and the requests they hold. Guarded actions ask `commit` or `needsSecondOps`
 * in their own transaction and, when it says so, record a request instead of acting; approving it
 * carries the action out through the handler its module registered. Every step is audited.
 */
@Injectable()
export class ApprovalsService {
  private readonly handlers = new Map<ApprovalKind, ApprovalHandler>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly fxRates: FxRatesService,
    private readonly audit: AuditService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  register(kind: ApprovalKind, handler: ApprovalHandler): void {
    this.handlers.set(kind, handler);
  }

  policy(organizationId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(ApprovalPolicyEntity).findOneBy({ organizationId });
  }

  /** Sets (or, with null, removes) the organisation's policy; audited. */
  async setPolicy(
    admin: { organizationId: string; userId: string },
    policy: Pick<ApprovalPolicyEntity, 'thresholdMinor' | 'currency' | 'kinds'> | null,
  ): Promise<ApprovalPolicyEntity | null> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ApprovalPolicyEntity);
      if (policy?.kinds.length) {
        await repository.upsert(
          {
            organizationId: admin.organizationId,
            ...policy,
            kinds: [...new Set(policy.kinds)],
            updatedBy: admin.userId,
          },
          ['organizationId'],
        );
      } else {
        await repository.delete({ organizationId: admin.organizationId });
      }
      await this.audit.record(
        {
          actorId: admin.userId,
          action: 'approval_policy.update',
          targetType: 'organization',
          targetId: admin.organizationId,
          details: { policy },
        },
        manager,
      );
      return repository.findOneBy({ organizationId: admin.organizationId });
    });
  }

  /**
   * Records what a member commits and says whether it waits for an admin: not an admin, the policy
   * covers the kind, and with what the member committed on the same contract (or job) within the
   * rolling window it is above the amount. Members committing on one scope take turns, so parallel
   * small actions cannot each slip under it.
   */
  async commit(
    member: Member,
    kind: OrganizationApprovalKind,
    stake: Stake,
    scope: CommitmentScope,
    manager: EntityManager,
  ): Promise<{ waits: boolean; commitmentId: string | null }> {
    if (ADMIN_ROLES.includes(member.role)) return { waits: false, commitmentId: null };
    const policy = await this.policy(member.organizationId, manager);
    if (!policy?.kinds.includes(kind)) return { waits: false, commitmentId: null };
    await manager.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      `approval-commitments:${member.userId}:${scope.scopeId}`,
    ]);
    const since = new Date(Date.now() - this.config.approvals.windowDays * DAY_MS);
    // What went through without an admin, or still waits for one; an admin's approval covered its own
    // amount, and a rejected or withdrawn one never happened. One subject counts once, at its latest
    // amount (a settlement proposed, then accepted).
    const [{ earlier }] = await manager.query(
      `SELECT coalesce(sum(amount), 0)::bigint AS earlier FROM (
         SELECT max(c.amount_minor) AS amount FROM approval_commitments c
         LEFT JOIN approval_requests r ON r.id = c.request_id
         WHERE c.user_id = $1 AND c.scope_id = $2 AND c.currency = $3 AND c.created_at > $4 AND c.subject_id <> $5
           AND (r.id IS NULL OR r.status = 'pending')
         GROUP BY c.subject_id) counted`,
      [member.userId, scope.scopeId, stake.currency, since, scope.subjectId],
    );
    const total = { amountMinor: Number(earlier) + stake.amountMinor, currency: stake.currency };
    const waits = await this.above(total, { amountMinor: policy.thresholdMinor, currency: policy.currency }, manager);
    const commitments = manager.getRepository(ApprovalCommitmentEntity);
    const { id } = await commitments.save(
      commitments.create({
        organizationId: member.organizationId,
        userId: member.userId,
        kind,
        ...scope,
        ...stake,
        requestId: null,
      }),
    );
    return { waits, commitmentId: id };
  }

  /** Whether an ops decision moving these amounts waits for a second ops member. */
  needsSecondOps(amountsMinor: number[], currency: string, manager: EntityManager) {
    const limit = { amountMinor: this.config.escrow.opsSecondApprovalUsdMinor, currency: 'USD' };
    return this.above({ amountMinor: Math.max(0, ...amountsMinor), currency }, limit, manager);
  }

  /** Records a request, in the action's transaction; audited. */
  async request(input: ApprovalRequestInput, manager: EntityManager): Promise<ApprovalRequestEntity> {
    const { commitmentId, ...fields } = input;
    const repository = manager.getRepository(ApprovalRequestEntity);
    const request = await repository.save(repository.create({ ...fields, payload: fields.payload ?? {} }));
    if (commitmentId) {
      await manager.getRepository(ApprovalCommitmentEntity).update({ id: commitmentId }, { requestId: request.id });
    }
    await this.audited(request, input.requestedBy, AUDIT_ACTIONS.pending, manager);
    return request;
  }

  /** Approves (carrying the action out) or rejects a pending request; audited. */
  async decide(approver: Approver, id: string, verdict: 'approve' | 'reject', note: string) {
    let afterCommit: (() => Promise<void>) | undefined;
    const decided = await this.dataSource.transaction(async (manager) => {
      const found = await this.visible(approver, id, manager);
      const handler = this.handlerOf(found.kind);
      await handler.lockSubject(found, manager);
      const request = await this.lockPending(id, manager);
      if (request.requestedBy === approver.userId) {
        throw new ApprovalStateError('Someone else has to approve your own request.');
      }
      let status: ApprovalStatus = 'rejected';
      if (verdict === 'approve') {
        const outcome = await handler.approve(request, approver.userId, manager);
        status = outcome.done ? 'approved' : 'cancelled';
        afterCommit = outcome.afterCommit;
      } else {
        await handler.close(request, 'rejected', manager);
      }
      return this.close(request, status, approver.userId, note, manager);
    });
    await afterCommit?.();
    return decided;
  }

  /** The requester withdraws their own pending request; its action does not happen. */
  async cancel(requesterId: string, id: string): Promise<ApprovalRequestEntity> {
    return this.dataSource.transaction(async (manager) => {
      const found = await manager.getRepository(ApprovalRequestEntity).findOneBy({ id, requestedBy: requesterId });
      if (!found) throw new ApprovalNotFoundError();
      const handler = this.handlerOf(found.kind);
      await handler.lockSubject(found, manager);
      const request = await this.lockPending(id, manager);
      await handler.close(request, 'cancelled', manager);
      return this.close(request, 'cancelled', requesterId, '', manager);
    });
  }

  /**
   * Cancels what waits on a subject its owner has just settled otherwise (an offer withdrawn, a dispute
   * resolved or withdrawn, a bonus cancelled), in the owner's transaction with the subject locked;
   * `except` is the request being approved right now.
   */
  async cancelPending(subjectId: string, actorId: string | null, manager: EntityManager, except?: string) {
    const requests = await manager
      .getRepository(ApprovalRequestEntity)
      .find({ where: { subjectId, status: 'pending' }, lock: { mode: 'pessimistic_write' } });
    for (const request of requests) {
      if (request.id !== except) await this.close(request, 'cancelled', actorId, '', manager);
    }
  }

  /** The pending requests about these subjects, by subject. */
  async pendingFor(subjectIds: string[], manager: EntityManager = this.dataSource.manager) {
    const requests = subjectIds.length
      ? await manager
          .getRepository(ApprovalRequestEntity)
          .find({ where: { subjectId: In(subjectIds), status: 'pending' } })
      : [];
    return new Map(requests.map((request) => [request.subjectId, request]));
  }

  /** An organisation's requests, or ops' own (organisation null), newest first. */
  list(
    where: { organizationId: string | null; status?: ApprovalStatus; requestedBy?: string },
    page: { offset: number; limit: number },
  ) {
    return this.dataSource.getRepository(ApprovalRequestEntity).findAndCount({
      where: {
        organizationId: where.organizationId ?? IsNull(),
        ...(where.status ? { status: where.status } : {}),
        ...(where.requestedBy ? { requestedBy: where.requestedBy } : {}),
      },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  async get(approver: Approver, id: string): Promise<NamedApprovalRequest> {
    const [named] = await this.named([await this.visible(approver, id, this.dataSource.manager)]);
    return named as NamedApprovalRequest;
  }

  /** Requests with the names of who asked and who decided, for the people reading them. */
  async named(requests: ApprovalRequestEntity[]): Promise<NamedApprovalRequest[]> {
    const names = await this.users.displayNames(
      requests.flatMap((request) => [request.requestedBy, ...(request.decidedBy ? [request.decidedBy] : [])]),
    );
    return requests.map((request) => ({
      ...request,
      requestedByName: names.get(request.requestedBy) ?? '',
      decidedByName: request.decidedBy ? (names.get(request.decidedBy) ?? null) : null,
    }));
  }

  private async above(stake: Stake, limit: Stake, manager: EntityManager): Promise<boolean> {
    const converted = convertMinor(stake.amountMinor, stake.currency, limit.currency, await this.fxRates.all(manager));
    // Without a rate the amount cannot be compared: it waits, rather than slipping through.
    return converted === null || converted > limit.amountMinor;
  }

  /** The request, if the approver's side owns it (their organisation's, or ops'). */
  private async visible(approver: Approver, id: string, manager: EntityManager) {
    const request = await manager.getRepository(ApprovalRequestEntity).findOneBy({ id });
    const owner = approver.kind === 'ops' ? null : approver.organizationId;
    if (!request || request.organizationId !== owner) throw new ApprovalNotFoundError();
    return request;
  }

  private async lockPending(id: string, manager: EntityManager) {
    const request = await manager
      .getRepository(ApprovalRequestEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!request) throw new ApprovalNotFoundError();
    if (request.status !== 'pending') throw new ApprovalStateError(`This request is already ${request.status}.`);
    return request;
  }

  private async close(
    request: ApprovalRequestEntity,
    status: ApprovalStatus,
    actorId: string | null,
    note: string,
    manager: EntityManager,
  ) {
    const changes = { status, decidedBy: actorId, decisionNote: note, decidedAt: new Date() };
    await manager.getRepository(ApprovalRequestEntity).update({ id: request.id }, changes);
    const closed = { ...request, ...changes };
    await this.audited(closed, actorId, AUDIT_ACTIONS[status], manager);
    return closed;
  }

  private audited(request: ApprovalRequestEntity, actorId: string | null, action: string, manager: EntityManager) {
    return this.audit.record(
      {
        actorId,
        action,
        targetType: 'approval_request',
        targetId: request.id,
        details: {
          kind: request.kind,
          subjectId: request.subjectId,
          organizationId: request.organizationId,
          amountMinor: request.amountMinor,
          currency: request.currency,
          payload: request.payload,
          note: request.decisionNote,
        },
      },
      manager,
    );
  }

  private handlerOf(kind: ApprovalKind): ApprovalHandler {
    const handler = this.handlers.get(kind);
    if (!handler) throw new Error(`No approval handler for ${kind}.`);
    return handler;
  }
}
