import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { PartyActor } from '../../platform/access/actor.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { toMatchedFreelancer } from '../matching/dto/job-match.output.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { toProposalJob } from '../proposals/dto/proposal.output.js';
import { ContractsService, contractMoney } from './contracts.service.js';
import type { Contract, Offer } from './dto/contract.output.js';
import type { ContractEntity } from './entities/contract.entity.js';
import type { OfferEntity } from './entities/offer.entity.js';
import { inTrial } from './trial.js';

/**
 * Offers and contracts as either side reads them: with the job, the VA's public profile, the
 * organisation's name, and (contracts) the milestones with their money. A page costs the same few
 * queries as one.
 */
@Injectable()
export class ContractViews {
  constructor(
    private readonly service: ContractsService,
    private readonly freelancers: FreelancersService,
    private readonly jobs: JobsService,
    private readonly organizations: OrganizationsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async offer(offer: OfferEntity, viewer: PartyActor['kind']): Promise<Offer> {
    return (await this.offers([offer], viewer))[0] as Offer;
  }

  async contract(contract: ContractEntity, viewer: PartyActor['kind']): Promise<Contract> {
    return (await this.contracts([contract], viewer))[0] as Contract;
  }

  async offers(offers: OfferEntity[], viewer: PartyActor['kind']): Promise<Offer[]> {
    const sides = await this.sides(offers, viewer);
    return offers.flatMap((offer) => {
      const side = sides(offer);
      if (!side) return [];
      // The VA reads the business's words with contact details hidden until they accept.
      const message = viewer === 'freelancer' && offer.status !== 'accepted' ? offer.masked.message : offer.message;
      return [{ ...offer, ...side, message }];
    });
  }

  async contracts(contracts: ContractEntity[], viewer: PartyActor['kind']): Promise<Contract[]> {
    const [sides, milestones] = [
      await this.sides(contracts, viewer),
      await this.service.milestones(contracts.map((contract) => contract.id)),
    ];
    return contracts.flatMap((contract) => {
      const side = sides(contract);
      if (!side) return [];
      const own = milestones.filter((milestone) => milestone.contractId === contract.id);
      return [
        {
          ...contract,
          ...side,
          milestones: own,
          money: contractMoney(own),
          inTrial: inTrial(contract),
          windDownDays: this.config.escrow.windDownDays,
        },
      ];
    });
  }

  /** The job, the VA's public profile and the organisation's name: one query each for a whole page. */
  private async sides(agreements: Array<OfferEntity | ContractEntity>, viewer: PartyActor['kind']) {
    const jobs = await this.jobs.posts(agreements.map((agreement) => agreement.jobId));
    const organizations = await this.organizations.names(agreements.map((agreement) => agreement.organizationId));
    const profiles = new Map(
      (await this.freelancers.profilesWithUser([...new Set(agreements.map((a) => a.freelancerId))])).map((p) => [
        p.userId,
        toMatchedFreelancer(p),
      ]),
    );
    return (agreement: OfferEntity | ContractEntity) => {
      const freelancer = profiles.get(agreement.freelancerId);
      const job = jobs.get(agreement.jobId);
      const organizationName = organizations.get(agreement.organizationId);
      if (!freelancer || !job || organizationName === undefined) return null;
      return {
        freelancer,
        organizationName,
        job: toProposalJob(job, viewer),
      };
    };
  }
}
