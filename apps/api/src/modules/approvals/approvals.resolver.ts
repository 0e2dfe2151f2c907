import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ClientActor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { ApprovalsService, type Approver, type NamedApprovalRequest } from './approvals.service.js';
import {
  ApprovalPolicy,
  ApprovalPolicyInput,
  ApprovalRequest,
  ApprovalRequestPage,
  ApprovalRequestsArgs,
  DecideApprovalInput,
} from './dto/approval.dto.js';

type ApprovalsActor = Extract<SignedInActor, { kind: 'client' | 'ops' }>;

/**
 * Approvals: an organisation's policy (its admins set it, every member reads it), the requests it
 * holds (admins see all and decide; other members see their own), and ops' second approvals.
 */
@Resolver()
export class ApprovalsResolver {
  constructor(private readonly approvals: ApprovalsService) {}

  @Allow(Policies.client)
  @Query(() => ApprovalPolicy, { nullable: true, description: "The organisation's approval policy; null: none." })
  approvalPolicy(@CurrentActor() actor: ClientActor) {
    return this.approvals.policy(actor.organizationId);
  }

  @Allow(Policies.clientAdmin)
  @Mutation(() => ApprovalPolicy, {
    nullable: true,
    description: 'Sets the approval policy (no kinds removes it); audited.',
  })
  setApprovalPolicy(@CurrentActor() actor: ClientActor, @Args('input') input: ApprovalPolicyInput) {
    return this.approvals.setPolicy({ organizationId: actor.organizationId, userId: actor.userId }, input);
  }

  @Allow(Policies.approvals)
  @Query(() => ApprovalRequestPage, {
    description: "Approval requests, newest first: all of the organisation's (admins) or ops', else the caller's own.",
  })
  async approvalRequests(
    @CurrentActor() actor: ApprovalsActor,
    @Args() { status, offset, limit }: ApprovalRequestsArgs,
  ) {
    const decides = Policies.approvers.allows(actor);
    const [items, totalCount] = await this.approvals.list(
      {
        organizationId: actor.kind === 'client' ? actor.organizationId : null,
        status,
        ...(decides ? {} : { requestedBy: actor.userId }),
      },
      { offset, limit },
    );
    return { items: (await this.approvals.named(items)).map(toApprovalRequest), totalCount };
  }

  @Allow(Policies.approvers)
  @Mutation(() => ApprovalRequest, { description: 'Approves (the action is carried out) or rejects; audited.' })
  async decideApproval(@CurrentActor() actor: ApprovalsActor, @Args('input') input: DecideApprovalInput) {
    const decided = await this.approvals.decide(approverOf(actor), input.requestId, input.verdict, input.note);
    return toApprovalRequest(await this.approvals.get(approverOf(actor), decided.id));
  }

  @Allow(Policies.approvals)
  @Mutation(() => ApprovalRequest, {
    description: 'The requester withdraws a pending request; the action does not happen.',
  })
  async cancelApprovalRequest(@CurrentActor() actor: ApprovalsActor, @Args('id', { type: () => ID }) id: string) {
    await this.approvals.cancel(actor.userId, id);
    return toApprovalRequest(await this.approvals.get(approverOf(actor), id));
  }
}

function approverOf(actor: ApprovalsActor): Approver {
  return actor.kind === 'client'
    ? { kind: 'client', organizationId: actor.organizationId, userId: actor.userId }
    : { kind: 'ops', userId: actor.userId };
}

export function toApprovalRequest(request: NamedApprovalRequest): ApprovalRequest {
  const share = request.payload.freelancerShareBps;
  return {
    ...request,
    freelancerShareBps: typeof share === 'number' ? share : null,
    note: typeof request.payload.note === 'string' ? request.payload.note : '',
  };
}
