import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { usdMinorIn } from '../../platform/money/fx.js';
import { localDate } from '../../platform/time/local-date.js';
import { type ApprovalRequest, ApprovalsService, type Member } from '../approvals/approvals.service.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { MatchingService } from '../matching/matching.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import { LedgerService } from '../money/ledger/ledger.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import { openingMilestones } from './contract-plan.js';
import {
  ContractNotFoundError,
  ContractStateError,
  MilestoneNotFoundError,
  OfferExistsError,
  OfferNotFoundError,
  OfferStatusError,
  OfferTermsError,
} from './contracts.errors.js';
import { ContractsNotifier } from './contracts.notifier.js';
import { type ClientContractRecord, ContractsRepository } from './contracts.repository.js';
import { CONTRACT_ENDED_TASK, type ContractEndedData } from './contracts.tasks.js';
import type { Contract, Milestone, Party } from './contracts.types.js';
import type { ContractMilestone, EscrowMoney } from './dto/contract.output.js';
import type { MakeOfferInput } from './dto/make-offer.input.js';
import type { ContractEntity, ContractSide } from './entities/contract.entity.js';
import type { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import type { OfferEntity } from './entities/offer.entity.js';
import { offerTerms, offerValue } from './offer-terms.js';
import { RetainersService } from './retainers.service.js';
import { inTrial } from './trial.js';

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

/**
 * Offers and the contracts they become: a business offers terms on a live proposal, the VA accepts
 * (the contract and its milestones are written with the acceptance, all or nothing) or declines. An
 * offer above the organisation's approval amount, made by a member who is not an admin, waits for an
 * admin before the VA receives it.
 */
@Injectable()
export class ContractsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ContractsRepository,
    private readonly proposals: ProposalsService,
    private readonly identity: UsersService,
    private readonly notifier: ContractsNotifier,
    private readonly ledger: LedgerService,
    private readonly fxRates: FxRatesService,
    private readonly approvals: ApprovalsService,
    private readonly retainers: RetainersService,
    private readonly jobs: JobsService,
    private readonly matching: MatchingService,
    private readonly organizations: OrganizationsService,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.approvals.register('offer', {
      lockSubject: async (request, manager) => {
        await this.repository.lockOffer(
          request.subjectId,
          { organizationId: request.organizationId as string },
          manager,
        );
      },
      approve: (request, _approverId, manager) => this.sendApproved(request, manager),
      // The VA never received it: an admin's no, or its maker's change of mind, closes it.
      close: async (request, outcome, manager) => {
        const status = outcome === 'rejected' ? 'not_approved' : 'withdrawn';
        await this.repository.updateOffer(request.subjectId, { status, respondedAt: new Date() }, manager);
      },
    });
  }

  /** Offers terms to the VA behind a live proposal, one open offer at a time; returns its id. */
  async makeOffer(scope: Member, input: MakeOfferInput, now = new Date()) {
    let delivery: Delivery | undefined;
    const id = await this.dataSource.transaction(async (manager) => {
      // The proposal's lock makes offers on it take turns, so the pending check below holds.
      const { proposal, job } = await this.proposals.lockForOffer(scope.organizationId, input.proposalId, manager);
      const minimum = await this.smallestMilestone(job.currency, manager);
      const result = offerTerms(input, job.currency, localDate(now, job.timeZone), minimum);
      if ('problems' in result) throw new OfferTermsError(result.problems);
      if (await this.repository.hasPendingOffer(proposal.id, manager)) throw new OfferExistsError();
      const stake = { amountMinor: offerValue(result.terms, result.milestones), currency: job.currency };
      // Offers on one job add up: a contract does not exist yet, and one proposal counts once.
      const commitment = { scopeId: job.id, subjectId: proposal.id };
      const { waits, commitmentId } = await this.approvals.commit(scope, 'offer', stake, commitment, manager);
      const offerId = await this.repository.insertOffer(
        {
          status: waits ? 'awaiting_approval' : 'pending',
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
      if (waits) {
        await this.approvals.request(
          {
            kind: 'offer',
            organizationId: scope.organizationId,
            subjectId: offerId,
            jobId: job.id,
            ...stake,
            requestedBy: scope.userId,
            commitmentId,
          },
          manager,
        );
      } else {
        delivery = await this.notifyReceived(offerId, scope.organizationId, manager);
      }
      return offerId;
    });
    await delivery?.deliver();
    return id;
  }

  /** The contract, locked for this transaction (ending it, adding periods or a bonus), if the party may act on it. */
  async lockContract(party: Party | null, id: string, manager: EntityManager): Promise<ContractEntity> {
    const contract = await this.repository.lockContract(id, party, manager);
    if (!contract) throw new ContractNotFoundError();
    return contract;
  }

  /** A retainer under notice ends the day after `endsOn`; the timeline says who gave notice and why. */
  async giveNotice(
    contract: ContractEntity,
    notice: { endsOn: string; side: ContractSide; actorId: string; reason: string },
    manager: EntityManager,
  ): Promise<void> {
    const { endsOn, side, actorId, reason } = notice;
    await this.repository.changeContract(contract.id, { endsOn, endedBy: side, endReason: reason }, manager);
    Object.assign(contract, { endsOn, endedBy: side, endReason: reason });
    const event = {
      contractId: contract.id,
      milestoneId: null,
      kind: 'notice_given' as const,
      actorId,
      message: reason,
    };
    await this.repository.addEvent(event, manager);
  }

  /** The contract has ended (its milestones were settled by the caller, in the same transaction). */
  async markEnded(
    contract: ContractEntity,
    ending: { side: ContractSide; actorId: string | null; reason: string; now: Date },
    manager: EntityManager,
  ): Promise<void> {
    const { side, actorId, reason, now } = ending;
    const changes = { status: 'ended' as const, endedAt: now, endedBy: side, endReason: reason };
    await this.repository.changeContract(contract.id, changes, manager);
    Object.assign(contract, changes);
    await this.matching.refreshCard(contract.freelancerId, manager);
    const event = { contractId: contract.id, milestoneId: null, kind: 'ended' as const, actorId, message: reason };
    await this.repository.addEvent(event, manager);
    await this.background.send(CONTRACT_ENDED_TASK, { contractId: contract.id } satisfies ContractEndedData, {
      singletonKey: contract.id,
      manager,
    });
  }

  /** The client continues after the paid trial: later milestones can be paid, a retainer's months open. */
  async continueAfterTrial(contract: ContractEntity, actorId: string, now: Date, manager: EntityManager) {
    if (!inTrial(contract)) throw new ContractStateError('There is no trial to continue after.');
    await this.repository.changeContract(contract.id, { trialContinuedAt: now }, manager);
    contract.trialContinuedAt = now;
    const event = { contractId: contract.id, milestoneId: null, kind: 'trial_continued' as const, actorId };
    await this.repository.addEvent(event, manager);
    await this.retainers.openPeriods(contract, now, manager);
  }

  /** How much of the contract's money reached the VA so far (in its currency), read in the caller's transaction. */
  async releasedOn(contractId: string, manager: EntityManager): Promise<number> {
    const milestones = await this.repository.contractMilestones(contractId, manager);
    const money = await this.ledger.milestoneMoney(
      milestones.map(({ id }) => id),
      manager,
    );
    return [...money.values()].reduce((sum, { releasedMinor }) => sum + releasedMinor, 0);
  }

  /** How organisations behave as clients, from their contracts' timelines (for their record on posts). */
  clientRecords(organizationIds: string[]): Promise<ClientContractRecord[]> {
    return this.repository.clientRecords(organizationIds);
  }

  /** Active contracts started before `before`, a keyset page at a time (after `afterId`). */
  activeStartedBefore(before: Date, afterId: string | null, limit: number): Promise<Contract[]> {
    return this.repository.activeStartedBefore(before, afterId, limit);
  }

  /** Retainers whose notice ran out before `today` and are still active. */
  noticeServed(today: string, limit: number): Promise<string[]> {
    return this.repository.noticeServed(today, limit);
  }

  /** A contract's milestones in order (a retainer's periods only, if asked), read in the caller's transaction. */
  milestonesOf(contractId: string, manager: EntityManager, only?: 'periods') {
    return only === 'periods'
      ? this.repository.contractPeriods(contractId, manager)
      : this.repository.contractMilestones(contractId, manager);
  }

  /** Adds a bonus after the contract's last milestone (the caller holds the contract's lock), with its line on the timeline. */
  async addBonus(
    contract: ContractEntity,
    bonus: { amountMinor: number; actorId: string; message: string },
    manager: EntityManager,
  ): Promise<string> {
    const { amountMinor, actorId, message } = bonus;
    const milestoneId = await this.repository.appendMilestone(
      contract.id,
      { title: 'Bonus', amountMinor, dueDate: null, bonus: true },
      manager,
    );
    const event = { contractId: contract.id, milestoneId, kind: 'bonus_added' as const, actorId, amountMinor, message };
    await this.repository.addEvent(event, manager);
    return milestoneId;
  }

  /** Milestones by id, each with its contract (for features that point at milestones: disputes). */
  async milestonesWithContracts(ids: string[]): Promise<Map<string, Milestone & { contract: Contract }>> {
    const milestones = await this.repository.milestonesWithContracts([...new Set(ids)]);
    return new Map(
      milestones.flatMap((milestone) =>
        milestone.contract ? [[milestone.id, milestone as Milestone & { contract: Contract }] as const] : [],
      ),
    );
  }

  /** A release to a VA (its timeline line), if `id` is one. */
  releaseEvent(id: string) {
    return this.repository.releaseEvent(id);
  }

  /** Releases to VAs in id order after `afterId`, a page at a time (invoicing's safety sweep). */
  releaseEvents(afterId: string | null, limit: number) {
    return this.repository.releaseEvents(afterId, limit);
  }

  /**
   * A retainer period was handed in with its hours: the next period gets what this one left unused,
   * and hours beyond its own are billed at the overage rate.
   */
  async afterPeriodHandIn(contract: ContractEntity, period: ContractMilestoneEntity, manager: EntityManager) {
    const smallest = await this.smallestMilestone(contract.terms.currency, manager);
    await this.retainers.afterHandIn(contract, period, smallest, manager);
  }

  /** The smallest milestone (and bonus) in a currency: the configured US amount at the day's rate. */
  async smallestMilestone(currency: string, manager: EntityManager): Promise<number> {
    return usdMinorIn(this.config.escrow.milestoneMinimumUsdMinor, currency, await this.fxRates.all(manager));
  }

  /** The business withdraws an offer the VA has not answered (or one still waiting for an admin). */
  async withdrawOffer(scope: { organizationId: string; userId: string }, id: string, now = new Date()) {
    await this.dataSource.transaction(async (manager) => {
      const offer = await this.repository.lockOffer(id, { organizationId: scope.organizationId }, manager);
      if (!offer) throw new OfferNotFoundError();
      if (offer.status === 'awaiting_approval') await this.approvals.cancelPending(id, scope.userId, manager);
      else if (offer.status !== 'pending') throw new OfferStatusError('withdrawn', offer.status);
      await this.repository.updateOffer(id, { status: 'withdrawn', respondedAt: now }, manager);
    });
  }

  async declineOffer(freelancerId: string, id: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockPending({ freelancerId }, id, 'declined', manager);
      await this.repository.updateOffer(id, { status: 'declined', respondedAt: now }, manager);
    });
  }

  /** The VA accepts: the contract exists from this moment, and the proposal is marked hired. Returns its id. */
  async acceptOffer(freelancerId: string, id: string, now = new Date()): Promise<string> {
    let delivery: Delivery | undefined;
    const contractId = await this.dataSource.transaction(async (manager) => {
      const offer = await this.lockPending({ freelancerId }, id, 'accepted', manager);
      await this.repository.updateOffer(id, { status: 'accepted', respondedAt: now }, manager);
      const contractId = await this.repository.insertContract(
        offer,
        openingMilestones(offer, this.config.hourly),
        manager,
      );
      await this.proposals.markHired(offer.proposalId, manager);
      // The contract's hours are committed now: matching ranks the VA by what is left.
      await this.matching.refreshCard(freelancerId, manager);
      const [creator, freelancer, job] = [
        await this.identity.findUserById(offer.createdBy, manager),
        await this.identity.findUserById(freelancerId, manager),
        (await this.jobs.posts([offer.jobId], manager)).get(offer.jobId),
      ];
      if (creator && freelancer && job) {
        delivery = await this.notifier.offerAccepted(
          creator,
          { id: contractId, jobTitle: job.title, freelancer: freelancer.displayName },
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
    const timeline = await this.timeline(contractId, page);
    if (!('freelancerId' in party)) return timeline;
    // Why the business's card was declined is the business's matter: the VA reads that it failed.
    const items = timeline.items.map((event) => (event.kind === 'payment_failed' ? { ...event, message: '' } : event));
    return { ...timeline, items };
  }

  /** A contract's timeline for ops reading a dispute's evidence (no party check: ops see any). */
  eventsForOps(contractId: string, page: Page) {
    return this.timeline(contractId, page);
  }

  /** A page of the timeline with who acted and the files each hand-in brought. */
  private async timeline(contractId: string, page: Page) {
    const [events, totalCount] = await this.repository.events(contractId, page);
    const files = await this.repository.handInFiles(events.map((event) => event.id));
    const actors = await this.identity.displayNames(events.flatMap((event) => event.actorId ?? []));
    return {
      items: events.map((event) => ({
        ...event,
        actorName: event.actorId ? (actors.get(event.actorId) ?? null) : null,
        files: files.filter((file) => file.eventId === event.id),
      })),
      totalCount,
    };
  }

  /** Milestones with their money from the ledger and whether they wait for an approval (a query each). */
  private async withMoney(milestones: ContractMilestoneEntity[]) {
    const ids = milestones.map((milestone) => milestone.id);
    // Only a bonus can wait for an admin (a milestone of the offer was approved with the offer).
    const bonuses = milestones.filter((milestone) => milestone.bonus).map((milestone) => milestone.id);
    const [money, approvals] = [await this.ledger.milestoneMoney(ids), await this.approvals.pendingFor(bonuses)];
    return milestones.map((milestone) => ({
      ...milestone,
      money: money.get(milestone.id) ?? NO_MONEY,
      awaitingApproval: approvals.has(milestone.id),
    }));
  }

  /** An admin approved an offer: the VA receives it now. */
  private async sendApproved(request: ApprovalRequest, manager: EntityManager) {
    const organizationId = request.organizationId as string;
    const offer = await this.repository.findOffer(request.subjectId, { organizationId }, manager);
    if (offer?.status !== 'awaiting_approval') return { done: false };
    await this.repository.updateOffer(offer.id, { status: 'pending' }, manager);
    const delivery = await this.notifyReceived(offer.id, organizationId, manager);
    return { done: true, afterCommit: async () => delivery?.deliver() };
  }

  /** Tells the VA an offer arrived (written in the caller's transaction; deliver after it commits). */
  private async notifyReceived(
    offerId: string,
    organizationId: string,
    manager: EntityManager,
  ): Promise<Delivery | undefined> {
    const offer = await this.repository.findOffer(offerId, { organizationId }, manager);
    const freelancer = offer && (await this.identity.findUserById(offer.freelancerId, manager));
    if (!freelancer || !offer) return undefined;
    const job = (await this.jobs.posts([offer.jobId], manager)).get(offer.jobId);
    const organization = (await this.organizations.names([organizationId], manager)).get(organizationId);
    if (!job || organization === undefined) return undefined;
    return this.notifier.offerReceived(
      freelancer,
      // The VA reads the title as they read the post: contact details hidden.
      { jobId: offer.jobId, jobTitle: job.masked.title, organization },
      manager,
    );
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
