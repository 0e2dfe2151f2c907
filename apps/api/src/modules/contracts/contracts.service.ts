import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { usdMinorIn } from '../../platform/money/fx.js';
import { localDate } from '../../platform/time/local-date.js';
import { IdentityRepository } from '../identity/identity.repository.js';
import type { JobPostEntity } from '../jobs/entities/job-post.entity.js';
import type { Delivery } from '../mail/mail.service.js';
import { FxRatesRepository } from '../money/fx-rates.repository.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import {
  ContractNotFoundError,
  MilestoneNotFoundError,
  OfferExistsError,
  OfferNotFoundError,
  OfferStatusError,
  OfferTermsError,
} from './contracts.errors.js';
import { ContractsNotifier } from './contracts.notifier.js';
import { ContractsRepository, type Party } from './contracts.repository.js';
import type { ContractMilestone, EscrowMoney } from './dto/contract.output.js';
import type { MakeOfferInput } from './dto/make-offer.input.js';
import type { ContractEntity } from './entities/contract.entity.js';
import type { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import type { OfferEntity } from './entities/offer.entity.js';
import { offerTerms } from './offer-terms.js';

type Page = { offset: number; limit: number };

const NO_MONEY: EscrowMoney = { fundedMinor: 0, releasedMinor: 0, refundedMinor: 0, heldMinor: 0 };

/** A contract's money: its milestones' added up. */
export function contractMoney(milestones: Array<{ money: EscrowMoney }>): EscrowMoney {
  return milestones.reduce(
    (total, { money }) => ({
      fundedMinor: total.fundedMinor + money.fundedMinor,
      releasedMinor: total.releasedMinor + money.releasedMinor,
      refundedMinor: total.refundedMinor + money.refundedMinor,
      heldMinor: total.heldMinor + money.heldMinor,
    }),
    NO_MONEY,
  );
}

/** A paid trial is on until the client continues after it (or the contract ends). */
export function inTrial(contract: Pick<ContractEntity, 'terms' | 'trialContinuedAt' | 'status'>): boolean {
  return (
    contract.terms.trialWeeks > 0 &&
    contract.terms.kind !== 'hourly' &&
    contract.trialContinuedAt === null &&
    contract.status === 'active'
  );
}

/**
 * Offers and the contracts they become: a business offers terms on a live proposal, the VA accepts
 * (the contract and its milestones are written with the acceptance, all or nothing) or declines.
 */
@Injectable()
export class ContractsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ContractsRepository,
    private readonly proposals: ProposalsService,
    private readonly identity: IdentityRepository,
    private readonly notifier: ContractsNotifier,
    private readonly ledger: LedgerService,
    private readonly fxRates: FxRatesRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Offers terms to the VA behind a live proposal, one pending offer at a time; returns its id. */
  async makeOffer(scope: { organizationId: string; userId: string }, input: MakeOfferInput, now = new Date()) {
    let delivery: Delivery | undefined;
    const id = await this.dataSource.transaction(async (manager) => {
      // The proposal's lock makes offers on it take turns, so the pending check below holds.
      const proposal = await this.proposals.lockForOffer(scope.organizationId, input.proposalId, manager);
      const job = proposal.job as JobPostEntity;
      const minimum = usdMinorIn(
        this.config.escrow.milestoneMinimumUsdMinor,
        job.currency,
        await this.fxRates.all(manager),
      );
      const result = offerTerms(input, job.currency, localDate(now, job.timeZone), minimum);
      if ('problems' in result) throw new OfferTermsError(result.problems);
      if (await this.repository.hasPendingOffer(proposal.id, manager)) throw new OfferExistsError();
      const offerId = await this.repository.insertOffer(
        {
          proposalId: proposal.id,
          jobId: job.id,
          organizationId: scope.organizationId,
          freelancerId: proposal.freelancerId,
          createdBy: scope.userId,
          terms: result.terms,
          milestones: result.milestones,
          message: input.message,
        },
        manager,
      );
      const offer = await this.repository.findOffer(offerId, { organizationId: scope.organizationId }, manager);
      const freelancer = await this.identity.findUserById(proposal.freelancerId, manager);
      if (freelancer && offer?.organization) {
        delivery = await this.notifier.offerReceived(
          freelancer,
          { jobId: job.id, jobTitle: job.title, organization: offer.organization.name },
          manager,
        );
      }
      return offerId;
    });
    await delivery?.deliver();
    return id;
  }

  withdrawOffer(organizationId: string, id: string, now = new Date()): Promise<void> {
    return this.answer({ organizationId }, id, 'withdrawn', now);
  }

  declineOffer(freelancerId: string, id: string, now = new Date()): Promise<void> {
    return this.answer({ freelancerId }, id, 'declined', now);
  }

  /** The VA accepts: the contract exists from this moment, and the proposal is marked hired. Returns its id. */
  async acceptOffer(freelancerId: string, id: string, now = new Date()): Promise<string> {
    let delivery: Delivery | undefined;
    const contractId = await this.dataSource.transaction(async (manager) => {
      const offer = await this.lockPending({ freelancerId }, id, 'accepted', manager);
      await this.repository.updateOffer(id, { status: 'accepted', respondedAt: now }, manager);
      const contractId = await this.repository.insertContract(offer, manager);
      await this.proposals.markHired(offer.proposalId, manager);
      const loaded = await this.repository.findOffer(id, { freelancerId }, manager);
      const [creator, freelancer] = [
        await this.identity.findUserById(offer.createdBy, manager),
        await this.identity.findUserById(freelancerId, manager),
      ];
      if (creator && freelancer && loaded?.job) {
        delivery = await this.notifier.offerAccepted(
          creator,
          { id: contractId, jobTitle: loaded.job.title, freelancer: freelancer.displayName },
          manager,
        );
      }
      return contractId;
    });
    await delivery?.deliver();
    return contractId;
  }

  async offer(party: Party, id: string) {
    const offer = await this.repository.findOffer(id, party);
    if (!offer) throw new OfferNotFoundError();
    return offer;
  }

  offers(party: Party & { jobId?: string }, page: Page) {
    return this.repository.offers(party, page);
  }

  async contract(party: Party, id: string) {
    const contract = await this.repository.findContract(id, party);
    if (!contract) throw new ContractNotFoundError();
    return contract;
  }

  contracts(party: Party, page: Page) {
    return this.repository.contracts(party, page);
  }

  /** Whether the VA has a contract for the job: from then on the two may share contact details. */
  hasContract(jobId: string, freelancerId: string): Promise<boolean> {
    return this.repository.hasContract(jobId, freelancerId);
  }

  /** The contracts' milestones in order, each with its money from the ledger (two queries for any number). */
  async milestones(contractIds: string[]): Promise<Array<ContractMilestone & { contractId: string }>> {
    return this.withMoney(await this.repository.milestones(contractIds));
  }

  /** One milestone of the party's, with its money. */
  async milestone(party: Party, id: string): Promise<ContractMilestone> {
    const milestone = await this.repository.findMilestone(id, party);
    if (!milestone) throw new MilestoneNotFoundError();
    return (await this.withMoney([milestone]))[0] as ContractMilestone;
  }

  /** The contract's timeline, newest first, for either party. */
  async events(party: Party, contractId: string, page: Page) {
    await this.contract(party, contractId);
    const [events, totalCount] = await this.repository.events(contractId, page);
    return {
      items: events.map((event) => ({ ...event, actorName: event.actor?.displayName ?? null })),
      totalCount,
    };
  }

  /** A contract's timeline for ops reading a dispute's evidence (no party check: ops see any). */
  async eventsForOps(contractId: string, page: Page) {
    const [events, totalCount] = await this.repository.events(contractId, page);
    return {
      items: events.map((event) => ({ ...event, actorName: event.actor?.displayName ?? null })),
      totalCount,
    };
  }

  private async withMoney(milestones: ContractMilestoneEntity[]) {
    const money = await this.ledger.milestoneMoney(milestones.map((milestone) => milestone.id));
    return milestones.map((milestone) => ({ ...milestone, money: money.get(milestone.id) ?? NO_MONEY }));
  }

  private async answer(party: Party, id: string, to: 'withdrawn' | 'declined', now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPending(party, id, to, manager);
      await this.repository.updateOffer(id, { status: to, respondedAt: now }, manager);
    });
  }

  /** The party's offer, locked, if it still waits for an answer. */
  private async lockPending(
    party: Party,
    id: string,
    action: string,
    manager: Parameters<ContractsRepository['lockOffer']>[2],
  ): Promise<OfferEntity> {
    const offer = await this.repository.lockOffer(id, party, manager);
    if (!offer) throw new OfferNotFoundError();
    if (offer.status !== 'pending') throw new OfferStatusError(action, offer.status);
    return offer;
  }
}
