import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { ClientActor, PartyActor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import type { Member } from '../approvals/approvals.service.js';
import { ContractViews } from './contract-views.js';
import { ContractsService } from './contracts.service.js';
import type { ContractActor, Party } from './contracts.types.js';
import { Contract, ContractEventPage, ContractPage, Offer, OfferPage } from './dto/contract.output.js';
import { MakeOfferInput } from './dto/make-offer.input.js';

type FreelancerActor = Extract<SignedInActor, { kind: 'freelancer' }>;

@ArgsType()
class JobOffersArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;
}

@ArgsType()
class MyOffersArgs extends PageArgs {
  @Field(() => ID, { nullable: true, description: 'Only the offers for this job.' })
  @IsOptional()
  @IsUUID()
  jobId?: string;
}

@ArgsType()
class ContractEventsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

/** Offers and contracts: the business offers and may withdraw, the VA accepts or declines; each side reads its own. */
@Resolver()
export class ContractsResolver {
  constructor(
    private readonly service: ContractsService,
    private readonly views: ContractViews,
  ) {}

  @Allow(Policies.clientHiring)
  @Mutation(() => Offer, { description: 'Offers contract terms to the VA behind a live proposal.' })
  async makeOffer(@CurrentActor() actor: ClientActor, @Args('input') input: MakeOfferInput) {
    const id = await this.service.makeOffer(memberOf(actor), input);
    return this.views.offer(await this.service.offer(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Offer)
  async withdrawOffer(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    await this.service.withdrawOffer(memberOf(actor), id);
    return this.views.offer(await this.service.offer(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Contract, { description: 'Accepts an offer; the contract exists from now.' })
  async acceptOffer(@CurrentActor() actor: FreelancerActor, @Args('id', { type: () => ID }) id: string) {
    const contractId = await this.service.acceptOffer(actor.userId, id);
    return this.views.contract(await this.service.contract(partyOf(actor), contractId), actor.kind);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Offer)
  async declineOffer(@CurrentActor() actor: FreelancerActor, @Args('id', { type: () => ID }) id: string) {
    await this.service.declineOffer(actor.userId, id);
    return this.views.offer(await this.service.offer(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.client)
  @Query(() => OfferPage, { description: "The organisation's offers on a job, newest first." })
  async jobOffers(@CurrentActor() actor: ClientActor, @Args() { jobId, offset, limit }: JobOffersArgs) {
    const [items, totalCount] = await this.service.offers({ ...partyOf(actor), jobId }, { offset, limit });
    return { items: await this.views.offers(items, actor.kind), totalCount };
  }

  @Allow(Policies.freelancer)
  @Query(() => OfferPage, { description: 'Offers made to the VA, newest first.' })
  async myOffers(@CurrentActor() actor: FreelancerActor, @Args() { jobId, offset, limit }: MyOffersArgs) {
    const [items, totalCount] = await this.service.offers(
      { ...partyOf(actor), ...(jobId ? { jobId } : {}) },
      { offset, limit },
    );
    return { items: await this.views.offers(items, actor.kind), totalCount };
  }

  @Allow(Policies.parties)
  @Query(() => ContractPage, { description: "The caller's side's contracts: the organisation's, or the VA's own." })
  async contracts(@CurrentActor() actor: PartyActor, @Args() { offset, limit }: PageArgs) {
    const [items, totalCount] = await this.service.contracts(partyOf(actor), { offset, limit });
    return { items: await this.views.contracts(items, actor.kind), totalCount };
  }

  @Allow(Policies.parties)
  @Query(() => Contract)
  async contract(@CurrentActor() actor: PartyActor, @Args('id', { type: () => ID }) id: string) {
    return this.views.contract(await this.service.contract(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.parties)
  @Query(() => ContractEventPage, { description: "The contract's timeline, newest first." })
  contractEvents(@CurrentActor() actor: PartyActor, @Args() { contractId, offset, limit }: ContractEventsArgs) {
    return this.service.events(partyOf(actor), contractId, { offset, limit });
  }
}

export function partyOf(actor: PartyActor): Party {
  return actor.kind === 'client' ? { organizationId: actor.organizationId } : { freelancerId: actor.userId };
}

/** An organisation member acting, with the role approval policies ask about. */
export function memberOf(actor: ClientActor): Member {
  return { organizationId: actor.organizationId, userId: actor.userId, role: actor.organizationRole };
}

export function contractActor(actor: PartyActor): ContractActor {
  return actor.kind === 'client'
    ? { side: 'client', userId: actor.userId, party: partyOf(actor), role: actor.organizationRole }
    : { side: 'freelancer', userId: actor.userId, party: partyOf(actor), role: null };
}
