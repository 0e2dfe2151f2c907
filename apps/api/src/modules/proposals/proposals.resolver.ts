import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ClientActor, FreelancerActor, PartyActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { toMatchedFreelancer } from '../matching/dto/job-match.output.js';
import { DeclineReason, Proposal, ProposalPage, toProposalJob } from './dto/proposal.output.js';
import { SubmitProposalInput } from './dto/submit-proposal.input.js';
import type { DeclineReason as DeclineReasonValue, ProposalEntity } from './entities/proposal.entity.js';
import { ProposalsService } from './proposals.service.js';

@ArgsType()
class JobProposalsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;
}

/** Proposals: VAs send and withdraw their own; the posting organisation reads, shortlists and declines them. */
@Resolver()
export class ProposalsResolver {
  constructor(
    private readonly proposals: ProposalsService,
    private readonly freelancers: FreelancersService,
  ) {}

  @Allow(Policies.freelancer)
  @Mutation(() => Proposal, { description: 'Sends a proposal for an open job (approved VAs only).' })
  async submitProposal(@CurrentActor() actor: FreelancerActor, @Args('input') input: SubmitProposalInput) {
    const id = await this.proposals.submit(actor.userId, input);
    return this.one(await this.proposals.mine(actor.userId, id), actor.kind);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Proposal)
  async withdrawProposal(@CurrentActor() actor: FreelancerActor, @Args('id', { type: () => ID }) id: string) {
    await this.proposals.withdraw(actor.userId, id);
    return this.one(await this.proposals.mine(actor.userId, id), actor.kind);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Proposal, { description: 'Marks a submitted proposal for a closer look.' })
  async shortlistProposal(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    await this.proposals.shortlist(actor.organizationId, id);
    return this.one(await this.proposals.forOrganization(actor.organizationId, id), actor.kind);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Proposal, { description: 'Declines a proposal; the VA is told the reason politely by e-mail.' })
  async declineProposal(
    @CurrentActor() actor: ClientActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('reason', { type: () => DeclineReason }) reason: DeclineReasonValue,
  ) {
    await this.proposals.decline(actor.organizationId, id, reason);
    return this.one(await this.proposals.forOrganization(actor.organizationId, id), actor.kind);
  }

  @Allow(Policies.freelancer)
  @Query(() => Proposal, { nullable: true, description: "The VA's proposal for a job, if they sent one." })
  async myProposalForJob(@CurrentActor() actor: FreelancerActor, @Args('jobId', { type: () => ID }) jobId: string) {
    const proposal = await this.proposals.mineForJob(actor.userId, jobId);
    return proposal && this.one(proposal, actor.kind);
  }

  @Allow(Policies.freelancer)
  @Query(() => ProposalPage, { description: "The VA's proposals, most recently changed first." })
  async myProposals(@CurrentActor() actor: FreelancerActor, @Args() { offset, limit }: PageArgs) {
    const [items, totalCount] = await this.proposals.listMine(actor.userId, { offset, limit });
    return { items: await this.many(items, actor.kind), totalCount };
  }

  @Allow(Policies.client)
  @Query(() => ProposalPage, { description: "A job's proposals, oldest first; withdrawn ones are left out." })
  async jobProposals(@CurrentActor() actor: ClientActor, @Args() { jobId, offset, limit }: JobProposalsArgs) {
    const [items, totalCount] = await this.proposals.forJob(jobId, actor.organizationId, { offset, limit });
    return { items: await this.many(items, actor.kind), totalCount };
  }

  private async one(proposal: ProposalEntity, viewer: PartyActor['kind']): Promise<Proposal> {
    const [output] = await this.many([proposal], viewer);
    return output as Proposal;
  }

  /** Outputs with each VA's public profile, loaded in one query for the whole page. */
  private async many(proposals: ProposalEntity[], viewer: PartyActor['kind']): Promise<Proposal[]> {
    const ids = [...new Set(proposals.map((proposal) => proposal.freelancerId))];
    const profiles = new Map(
      (await this.freelancers.profilesWithUser(ids)).map((profile) => [profile.userId, toMatchedFreelancer(profile)]),
    );
    const jobs = await this.proposals.jobsOf(proposals);
    return proposals.flatMap((proposal) => {
      const freelancer = profiles.get(proposal.freelancerId);
      const job = jobs.get(proposal.jobId);
      if (!freelancer || !job) return [];
      // The business reads the VA's words with contact details hidden until it hires them.
      const texts = viewer === 'client' && proposal.status !== 'hired' ? proposal.masked : proposal;
      return [
        {
          ...proposal,
          coverLetter: texts.coverLetter,
          screeningAnswers: texts.screeningAnswers,
          freelancer,
          job: toProposalJob(job, viewer),
        },
      ];
    });
  }
}
