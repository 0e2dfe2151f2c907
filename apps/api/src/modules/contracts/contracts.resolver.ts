import { Args, ArgsType, Field, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, IsUUID } from 'class-validator';
import type { PartyActor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { FreelancersRepository } from '../freelancers/freelancers.repository.js';
import { toMatchedFreelancer } from '../matching/dto/job-match.output.js';
import { toProposalJob } from '../proposals/dto/proposal.output.js';
import type { Party } from './contracts.repository.js';
import { ContractsService, contractMoney } from './contracts.service.js';
import { Contract, ContractEventPage, ContractPage, Offer, OfferPage } from './dto/contract.output.js';
import { MakeOfferInput } from './dto/make-offer.input.js';
import type { ContractEntity } from './entities/contract.entity.js';
import type { OfferEntity } from './entities/offer.entity.js';

type ClientActor = Extract<SignedInActor, { kind: 'client' }>;
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
    private readonly freelancers: FreelancersRepository,
  ) {}

  @Allow(Policies.clientHiring)
  @Mutation(() => Offer, { description: 'Offers contract terms to the VA behind a live proposal.' })
  async makeOffer(@CurrentActor() actor: ClientActor, @Args('input') input: MakeOfferInput) {
    const id = await this.service.makeOffer({ organizationId: actor.organizationId, userId: actor.userId }, input);
    return this.oneOffer(await this.service.offer(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Offer)
  async withdrawOffer(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    await this.service.withdrawOffer(actor.organizationId, id);
    return this.oneOffer(await this.service.offer(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Contract, { description: 'Accepts an offer; the contract exists from now.' })
  async acceptOffer(@CurrentActor() actor: FreelancerActor, @Args('id', { type: () => ID }) id: string) {
    const contractId = await this.service.acceptOffer(actor.userId, id);
    return this.oneContract(await this.service.contract(partyOf(actor), contractId), actor.kind);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Offer)
  async declineOffer(@CurrentActor() actor: FreelancerActor, @Args('id', { type: () => ID }) id: string) {
    await this.service.declineOffer(actor.userId, id);
    return this.oneOffer(await this.service.offer(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.client)
  @Query(() => OfferPage, { description: "The organisation's offers on a job, newest first." })
  async jobOffers(@CurrentActor() actor: ClientActor, @Args() { jobId, offset, limit }: JobOffersArgs) {
    const [items, totalCount] = await this.service.offers({ ...partyOf(actor), jobId }, { offset, limit });
    return { items: await this.offers(items, actor.kind), totalCount };
  }

  @Allow(Policies.freelancer)
  @Query(() => OfferPage, { description: 'Offers made to the VA, newest first.' })
  async myOffers(@CurrentActor() actor: FreelancerActor, @Args() { jobId, offset, limit }: MyOffersArgs) {
    const [items, totalCount] = await this.service.offers(
      { ...partyOf(actor), ...(jobId ? { jobId } : {}) },
      { offset, limit },
    );
    return { items: await this.offers(items, actor.kind), totalCount };
  }

  @Allow(Policies.parties)
  @Query(() => ContractPage, { description: "The caller's side's contracts: the organisation's, or the VA's own." })
  async contracts(@CurrentActor() actor: PartyActor, @Args() { offset, limit }: PageArgs) {
    const [items, totalCount] = await this.service.contracts(partyOf(actor), { offset, limit });
    return { items: await this.contractsOut(items, actor.kind), totalCount };
  }

  @Allow(Policies.parties)
  @Query(() => Contract)
  async contract(@CurrentActor() actor: PartyActor, @Args('id', { type: () => ID }) id: string) {
    return this.oneContract(await this.service.contract(partyOf(actor), id), actor.kind);
  }

  @Allow(Policies.parties)
  @Query(() => ContractEventPage, { description: "The contract's timeline, newest first." })
  contractEvents(@CurrentActor() actor: PartyActor, @Args() { contractId, offset, limit }: ContractEventsArgs) {
    return this.service.events(partyOf(actor), contractId, { offset, limit });
  }

  private async oneOffer(offer: OfferEntity, viewer: PartyActor['kind']): Promise<Offer> {
    return (await this.offers([offer], viewer))[0] as Offer;
  }

  private async oneContract(contract: ContractEntity, viewer: PartyActor['kind']): Promise<Contract> {
    return (await this.contractsOut([contract], viewer))[0] as Contract;
  }

  private async offers(offers: OfferEntity[], viewer: PartyActor['kind']): Promise<Offer[]> {
    const sides = await this.sides(offers, viewer);
    return offers.flatMap((offer) => {
      const side = sides(offer);
      if (!side) return [];
      return [{ ...offer, ...side }];
    });
  }

  private async contractsOut(contracts: ContractEntity[], viewer: PartyActor['kind']): Promise<Contract[]> {
    const [sides, milestones] = [
      await this.sides(contracts, viewer),
      await this.service.milestones(contracts.map((contract) => contract.id)),
    ];
    return contracts.flatMap((contract) => {
      const side = sides(contract);
      if (!side) return [];
      const own = milestones.filter((milestone) => milestone.contractId === contract.id);
      return [{ ...contract, ...side, milestones: own, money: contractMoney(own) }];
    });
  }

  /** The job, the VA's public profile and the organisation's name: one query for the VAs of a whole page. */
  private async sides(agreements: Array<OfferEntity | ContractEntity>, viewer: PartyActor['kind']) {
    const profiles = new Map(
      (await this.freelancers.profilesWithUser([...new Set(agreements.map((a) => a.freelancerId))])).map((p) => [
        p.userId,
        toMatchedFreelancer(p),
      ]),
    );
    return (agreement: OfferEntity | ContractEntity) => {
      const freelancer = profiles.get(agreement.freelancerId);
      const { job, organization } = agreement;
      if (!freelancer || !job || !organization) return null;
      return {
        freelancer,
        organizationName: organization.name,
        job: toProposalJob(job, viewer),
      };
    };
  }
}

export function partyOf(actor: PartyActor): Party {
  return actor.kind === 'client' ? { organizationId: actor.organizationId } : { freelancerId: actor.userId };
}
