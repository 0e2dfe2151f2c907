import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PartyActor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { toApprovalRequest } from '../approvals/approvals.resolver.js';
import { ApprovalsService } from '../approvals/approvals.service.js';
import { contractActor, partyOf } from '../contracts/contracts.resolver.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Contract, Milestone } from '../contracts/contracts.types.js';
import { ContractEventPage } from '../contracts/dto/contract.output.js';
import { JobMessagePage } from '../messages/dto/job-message.dto.js';
import { MessagesService } from '../messages/messages.service.js';
import { DisputesService } from './disputes.service.js';
import {
  ContractDisputesArgs,
  DecideDisputeInput,
  Dispute,
  DisputeIdArgs,
  DisputeMessagesArgs,
  DisputePage,
  DisputeShareInput,
  DisputesArgs,
  OpenDisputeInput,
} from './dto/dispute.dto.js';
import type { DisputeEntity } from './entities/dispute.entity.js';

type OpsActor = Extract<SignedInActor, { kind: 'ops' }>;

/**
 * Disputes: either party opens one on a milestone holding money, proposes or accepts a split, asks ops
 * to mediate, or withdraws what they opened. Ops list disputes, read a contract's timeline as evidence,
 * and decide any split.
 */
@Resolver()
export class DisputesResolver {
  constructor(
    private readonly service: DisputesService,
    private readonly contracts: ContractsService,
    private readonly approvals: ApprovalsService,
    private readonly messages: MessagesService,
  ) {}

  @Allow(Policies.parties)
  @Mutation(() => Dispute, { description: 'Freezes the milestone (no release, refund or auto-release) until settled.' })
  async openDispute(@CurrentActor() actor: PartyActor, @Args('input') input: OpenDisputeInput) {
    return this.one(await this.service.open(contractActor(actor), input.milestoneId, input.reason), actor);
  }

  @Allow(Policies.parties)
  @Mutation(() => Dispute)
  async proposeSettlement(@CurrentActor() actor: PartyActor, @Args('input') input: DisputeShareInput) {
    await this.service.propose(contractActor(actor), input.disputeId, input.freelancerShareBps);
    return this.one(input.disputeId, actor);
  }

  @Allow(Policies.parties)
  @Mutation(() => Dispute, { description: "Accepts the other side's proposal: the money is split as proposed." })
  async acceptSettlement(@CurrentActor() actor: PartyActor, @Args() { disputeId }: DisputeIdArgs) {
    await this.service.accept(contractActor(actor), disputeId);
    return this.one(disputeId, actor);
  }

  @Allow(Policies.parties)
  @Mutation(() => Dispute, { description: 'Asks ops to mediate.' })
  async escalateDispute(@CurrentActor() actor: PartyActor, @Args() { disputeId }: DisputeIdArgs) {
    await this.service.escalate(contractActor(actor), disputeId);
    return this.one(disputeId, actor);
  }

  @Allow(Policies.parties)
  @Mutation(() => Dispute, { description: 'The side that opened it drops it; the work goes on.' })
  async withdrawDispute(@CurrentActor() actor: PartyActor, @Args() { disputeId }: DisputeIdArgs) {
    await this.service.withdraw(contractActor(actor), disputeId);
    return this.one(disputeId, actor);
  }

  @Allow(Policies.parties)
  @Query(() => [Dispute], { description: "A contract's disputes, newest first." })
  async contractDisputes(@CurrentActor() actor: PartyActor, @Args() { contractId }: ContractDisputesArgs) {
    await this.contracts.contract(partyOf(actor), contractId);
    const [items] = await this.service.find({ contractId }, { offset: 0, limit: 100 });
    return this.many(items, actor.kind === 'client' ? actor.organizationId : undefined);
  }

  @Allow(Policies.ops)
  @Query(() => DisputePage, { description: 'Disputes for ops, newest first.' })
  async disputes(@Args() { status, offset, limit }: DisputesArgs) {
    const [items, totalCount] = await this.service.find({ status }, { offset, limit });
    return { items: await this.many(items, null), totalCount };
  }

  @Allow(Policies.ops)
  @Query(() => Dispute)
  dispute(@CurrentActor() actor: OpsActor, @Args() { disputeId }: DisputeIdArgs) {
    return this.one(disputeId, actor);
  }

  @Allow(Policies.ops)
  @Query(() => ContractEventPage, { description: "The disputed contract's timeline, the evidence ops weigh." })
  async disputeEvidence(@Args() { disputeId }: DisputeIdArgs) {
    const dispute = await this.service.get(disputeId);
    return this.contracts.eventsForOps(dispute.contractId, { offset: 0, limit: 200 });
  }

  @Allow(Policies.ops)
  @Query(() => JobMessagePage, {
    description: "The messages between the disputed contract's business and VA, oldest of the page first: evidence.",
  })
  async disputeMessages(@Args() { disputeId, offset, limit }: DisputeMessagesArgs) {
    const dispute = await this.service.get(disputeId);
    const contract = (await this.contracts.milestonesWithContracts([dispute.milestoneId])).get(
      dispute.milestoneId,
    )?.contract;
    if (!contract) return { items: [], totalCount: 0 };
    return this.messages.threadForOps(contract.jobId, contract.freelancerId, { offset, limit });
  }

  @Allow(Policies.ops)
  @Mutation(() => Dispute, { description: 'Ops decide the split in mediation; audited.' })
  async decideDispute(@CurrentActor() actor: OpsActor, @Args('input') input: DecideDisputeInput) {
    await this.service.decide(actor.userId, input.disputeId, input.freelancerShareBps, input.note);
    return this.one(input.disputeId, actor);
  }

  private async one(id: string, actor: SignedInActor) {
    const approvalsOf = actor.kind === 'client' ? actor.organizationId : actor.kind === 'ops' ? null : undefined;
    return (await this.many([await this.service.get(id)], approvalsOf))[0] as Dispute;
  }

  /**
   * Disputes with what waits for an approval, shown only to the side that approves it: an
   * organisation's members see theirs (`organizationId`), ops theirs (`null`), a VA none (`undefined`).
   */
  private async many(disputes: DisputeEntity[], approvalsOf: string | null | undefined): Promise<Dispute[]> {
    const pending = await this.approvals.pendingFor(disputes.map((dispute) => dispute.id));
    const milestones = await this.contracts.milestonesWithContracts(disputes.map((dispute) => dispute.milestoneId));
    const named = new Map(
      (await this.approvals.named([...pending.values()])).map((request) => [request.subjectId, request]),
    );
    return disputes.map((dispute) => {
      const request = named.get(dispute.id);
      const shown = request && approvalsOf !== undefined && request.organizationId === approvalsOf;
      const milestone = milestones.get(dispute.milestoneId);
      return { ...toDispute(dispute, milestone), pendingApproval: shown ? toApprovalRequest(request) : null };
    });
  }
}

function toDispute(
  dispute: DisputeEntity,
  milestone: (Milestone & { contract: Contract }) | undefined,
): Omit<Dispute, 'pendingApproval'> {
  return {
    ...dispute,
    milestoneTitle: milestone?.title ?? '',
    milestoneAmountMinor: milestone?.amountMinor ?? 0,
    currency: milestone?.contract?.terms.currency ?? '',
  };
}
