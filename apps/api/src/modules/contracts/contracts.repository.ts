import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type FindOptionsWhere, In, IsNull, LessThan, MoreThan, Not } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { CompiledEntity } from '../../platform/database/compiled-entity.js';
import { maskTexts } from '../../platform/text/contact-details.js';
import type { LockedMilestone, Party } from './contracts.types.js';
import { ContractEntity } from './entities/contract.entity.js';
import { ContractEventEntity } from './entities/contract-event.entity.js';
import { ContractMilestoneEntity } from './entities/contract-milestone.entity.js';
import { HandInFileEntity } from './entities/hand-in-file.entity.js';
import { OfferEntity, OPEN_OFFER_STATUSES, UNSENT_OFFER_STATUSES } from './entities/offer.entity.js';

type Page = { offset: number; limit: number };

/** How an organisation behaves as a client, from its contracts (see `clientRecords`). */
export interface ClientContractRecord {
  organizationId: string;
  contracts: number;
  /** Contracts on which either side opened a dispute. */
  disputed: number;
  hiredJobIds: string[];
  /** Payments into escrow measured, and their median delay in hours (null without any). */
  fundings: number;
  medianFundHours: number | null;
  /** Hand-ins released, and the median hours from hand-in to release (null without any). */
  approvals: number;
  medianApproveHours: number | null;
}

/** A line for a contract's timeline. */
export type NewContractEvent = Pick<ContractEventEntity, 'contractId' | 'milestoneId' | 'kind' | 'actorId'> &
  Partial<Pick<ContractEventEntity, 'amountMinor' | 'message'>>;

/** What the milestones service may change on a milestone through its transition table. */
export type MilestoneChanges = Partial<
  Pick<ContractMilestoneEntity, 'status' | 'autoReleaseAt' | 'autoRefundAt' | 'submittedAt' | 'minutesWorked'>
>;

/** The offers a party sees: the organisation all of its own, a VA only those sent to them. */
function offersOf(party: Party): FindOptionsWhere<OfferEntity> {
  return 'freelancerId' in party ? { ...party, status: Not(In(UNSENT_OFFER_STATUSES)) } : party;
}

/** Offers, contracts and their milestones. */
@Injectable()
export class ContractsRepository {
  private readonly compiledContracts: CompiledEntity<ContractEntity>;
  private readonly compiledMilestones: CompiledEntity<ContractMilestoneEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.compiledContracts = new CompiledEntity(dataSource, ContractEntity);
    this.compiledMilestones = new CompiledEntity(dataSource, ContractMilestoneEntity);
  }

  lockOffer(id: string, party: Party, manager: EntityManager) {
    return manager
      .getRepository(OfferEntity)
      .findOne({ where: { id, ...offersOf(party) }, lock: { mode: 'pessimistic_write' } });
  }

  /** An offer with its post and organisation, for mail and outputs. */
  findOffer(id: string, party: Party, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(OfferEntity).findOne({ where: { id, ...offersOf(party) } });
  }

  /** The offer a contract came from. */
  offerOf(contract: Pick<ContractEntity, 'offerId'>, manager: EntityManager) {
    return manager.getRepository(OfferEntity).findOneBy({ id: contract.offerId });
  }

  async findContract(id: string, party: Party): Promise<ContractEntity | null> {
    const [side, partyId] =
      'organizationId' in party ? ['organization_id', party.organizationId] : ['freelancer_id', party.freelancerId];
    const [found] = await this.compiledContracts.query(
      `SELECT ${this.compiledContracts.select('c')} FROM contracts c WHERE c.id = $1 AND c.${side} = $2`,
      [id, partyId],
    );
    return found ?? null;
  }

  /** The contract, locked for this transaction (ending it, or adding periods), if the party may act on it. */
  lockContract(id: string, party: Party | null, manager: EntityManager) {
    return (
      manager
        .getRepository(ContractEntity)
        // FOR NO KEY UPDATE: rows that reference the contract (a week's first timesheet) only need it to
        // exist, so inserting them does not wait for this lock, nor this lock for them.
        .findOne({ where: { id, ...(party ?? {}) }, lock: { mode: 'for_no_key_update' } })
    );
  }

  async changeContract(
    id: string,
    changes: Partial<
      Pick<ContractEntity, 'status' | 'endsOn' | 'endedAt' | 'endedBy' | 'endReason' | 'trialContinuedAt' | 'pausedAt'>
    > & { terms?: Pick<ContractEntity['terms'], 'weeklyLimitHours'> },
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(ContractEntity).update({ id }, changes);
  }

  /** Active contracts whose notice ran out before `today`. */
  /** Active contracts started before `before`, in id order after `afterId` (a sweep's keyset page). */
  activeStartedBefore(before: Date, afterId: string | null, limit: number) {
    return this.dataSource.getRepository(ContractEntity).find({
      where: { status: 'active', createdAt: LessThan(before), ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  async noticeServed(today: string, limit: number): Promise<string[]> {
    const rows = await this.dataSource.getRepository(ContractEntity).find({
      select: { id: true },
      where: { status: 'active', endsOn: LessThan(today) },
      take: limit,
    });
    return rows.map((row) => row.id);
  }

  /** Active retainers (past any trial) whose last period ends within `leadDays` of `today` and before their end. */
  async retainersDue(today: string, leadDays: number, limit: number): Promise<string[]> {
    const due: Array<{ id: string }> = await this.dataSource.query(
      `SELECT c.id FROM contracts c
       CROSS JOIN LATERAL (SELECT max(m.period_end) AS last_end FROM contract_milestones m WHERE m.contract_id = c.id) p
       WHERE c.status = 'active' AND c.kind = 'retainer'
         AND (c.trial_weeks = 0 OR c.trial_continued_at IS NOT NULL)
         AND p.last_end < $1::date + $2::int AND (c.ends_on IS NULL OR p.last_end < c.ends_on)
       LIMIT $3`,
      [today, leadDays, limit],
    );
    return due.map((row) => row.id);
  }

  /** A retainer's periods (its trial and months) in order, read in the caller's transaction; bonuses are not periods. */
  contractPeriods(contractId: string, manager: EntityManager) {
    return manager
      .getRepository(ContractMilestoneEntity)
      .find({ where: { contractId, periodStart: Not(IsNull()) }, order: { position: 'ASC' } });
  }

  /** The milestone billing a retainer period's overage, unless none was or it was cancelled. */
  overageFor(periodId: string, manager: EntityManager) {
    return manager
      .getRepository(ContractMilestoneEntity)
      .findOne({ where: { overageOfId: periodId, status: Not('cancelled') } });
  }

  /** Adds a milestone after the contract's last one (the caller holds the contract's lock); returns its id. */
  async appendMilestone(
    contractId: string,
    milestone: Omit<QueryDeepPartialEntity<ContractMilestoneEntity>, 'contractId' | 'position'>,
    manager: EntityManager,
  ): Promise<string> {
    const milestones = manager.getRepository(ContractMilestoneEntity);
    const { last } = (await milestones
      .createQueryBuilder('m')
      .select('max(m.position)', 'last')
      .where('m.contract_id = :contractId', { contractId })
      .getRawOne<{ last: number | null }>()) ?? { last: null };
    const { identifiers } = await milestones.insert({ ...milestone, contractId, position: (last ?? 0) + 1 });
    return identifiers[0]?.id as string;
  }

  /**
   * Hourly weeks to close: not yet paid, or paid and not handed in, that ended before `today`, or whose
   * contract ended (no more time can be logged on it: the week is handed in at once).
   */
  async hourlyWeeksDue(today: string, limit: number): Promise<Array<{ id: string; contractId: string }>> {
    return this.dataSource.query(
      `SELECT m.id, m.contract_id AS "contractId" FROM contract_milestones m JOIN contracts c ON c.id = m.contract_id
        WHERE c.kind = 'hourly' AND m.period_start IS NOT NULL AND m.status IN ('pending', 'funded')
          AND (m.period_end < $1 OR c.status = 'ended')
        ORDER BY m.period_end, m.id LIMIT $2`,
      [today, limit],
    );
  }

  /**
   * Unpaid milestones a saved card pays without being asked, in id order after `afterId` (a sweep's
   * keyset page), of one organisation if given: hourly weeks of running contracts that have begun by
   * `today`, and retainer overage (owed for hours already worked, even once the contract ended).
   */
  milestonesToCharge(
    today: string,
    page: { afterId: string | null; limit: number },
    organizationId: string | null,
  ): Promise<Array<{ id: string; organizationId: string }>> {
    return this.dataSource.query(
      `SELECT m.id, c.organization_id AS "organizationId" FROM contract_milestones m
         JOIN contracts c ON c.id = m.contract_id
        WHERE m.status = 'pending'
          AND ((c.kind = 'hourly' AND c.status = 'active' AND c.paused_at IS NULL
                AND m.period_start IS NOT NULL AND m.period_start <= $1)
               OR m.overage_of_id IS NOT NULL)
          AND ($2::uuid IS NULL OR m.id > $2) AND ($3::uuid IS NULL OR c.organization_id = $3)
        ORDER BY m.id LIMIT $4`,
      [today, page.afterId, organizationId, page.limit],
    );
  }

  /** A contract's milestones in order, read in the caller's transaction. */
  contractMilestones(contractId: string, manager: EntityManager) {
    return manager.getRepository(ContractMilestoneEntity).find({ where: { contractId }, order: { position: 'ASC' } });
  }

  /**
   * The milestone, locked for this transaction (the one lock every money action on it takes), with
   * its contract; null when there is none the party may act on. `party: null` is the platform itself.
   * FOR NO KEY UPDATE, like the contract's lock: rows that only reference it are not held up.
   */
  async lockMilestone(id: string, party: Party | null, manager: EntityManager): Promise<LockedMilestone | null> {
    const query = manager
      .getRepository(ContractMilestoneEntity)
      .createQueryBuilder('m')
      .innerJoinAndSelect('m.contract', 'c')
      .where('m.id = :id', { id })
      .setLock('for_no_key_update', undefined, ['m']);
    if (party && 'organizationId' in party) query.andWhere('c.organizationId = :org', { org: party.organizationId });
    if (party && 'freelancerId' in party) query.andWhere('c.freelancerId = :va', { va: party.freelancerId });
    const milestone = await query.getOne();
    return milestone?.contract ? { milestone, contract: milestone.contract } : null;
  }

  /** Writes what a transition decided (the milestones service, under the milestone's lock). */
  async changeMilestone(id: string, changes: MilestoneChanges, manager: EntityManager): Promise<void> {
    await manager.getRepository(ContractMilestoneEntity).update({ id }, changes);
  }

  async markReminded(id: string, releaseReminderFor: Date, manager: EntityManager): Promise<void> {
    await manager.getRepository(ContractMilestoneEntity).update({ id }, { releaseReminderFor });
  }

  /** A retainer period's days, amount or hours (notice cut it short, or the period before left hours over). */
  async resizePeriod(
    id: string,
    changes: Partial<Pick<ContractMilestoneEntity, 'periodEnd' | 'amountMinor' | 'minutesIncluded'>>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.getRepository(ContractMilestoneEntity).update({ id }, changes);
  }

  /** Milestones a sweep acts on, oldest due first (read without a lock; the sweep checks again under it). */
  async milestonesDue(sweep: 'autoRelease' | 'autoRefund' | 'reminder', at: Date, limit: number): Promise<string[]> {
    const query = this.dataSource.getRepository(ContractMilestoneEntity).createQueryBuilder('m').select('m.id');
    if (sweep === 'autoRefund') {
      query
        .where(`m.status IN ('funded', 'changes_requested')`)
        .andWhere('m.auto_refund_at <= :at', { at })
        .orderBy('m.auto_refund_at', 'ASC');
    } else {
      query.where(`m.status = 'submitted'`).andWhere('m.auto_release_at <= :at', { at });
      // A reminder is for a release time nobody was reminded of yet (handing in again sets a new one).
      if (sweep === 'reminder') query.andWhere('m.release_reminder_for IS DISTINCT FROM m.auto_release_at');
      query.orderBy('m.auto_release_at', 'ASC');
    }
    const rows = await query.limit(limit).getMany();
    return rows.map((row) => row.id);
  }

  /** Appends to a contract's timeline; returns the line's id (the key of the money it moved). */
  async addEvent(event: NewContractEvent, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(ContractEventEntity).insert(event);
    return identifiers[0]?.id as string;
  }

  hasPendingOffer(proposalId: string, manager: EntityManager) {
    return manager.getRepository(OfferEntity).existsBy({ proposalId, status: In(OPEN_OFFER_STATUSES) });
  }

  async insertOffer(
    offer: Omit<OfferEntity, 'id' | 'respondedAt' | 'createdAt' | 'updatedAt' | 'masked'>,
    manager: EntityManager,
  ) {
    const masked = maskTexts({ message: offer.message });
    const { identifiers } = await manager.getRepository(OfferEntity).insert({ ...offer, masked });
    return identifiers[0]?.id as string;
  }

  async updateOffer(id: string, changes: Partial<OfferEntity>, manager: EntityManager): Promise<void> {
    await manager.getRepository(OfferEntity).update({ id }, changes);
  }

  /** The contract an accepted offer becomes, with its opening milestones; returns its id. */
  async insertContract(
    offer: OfferEntity,
    milestones: Array<Omit<QueryDeepPartialEntity<ContractMilestoneEntity>, 'contractId' | 'position'>>,
    manager: EntityManager,
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(ContractEntity).insert({
      offerId: offer.id,
      jobId: offer.jobId,
      organizationId: offer.organizationId,
      freelancerId: offer.freelancerId,
      terms: offer.terms,
    });
    const contractId = identifiers[0]?.id as string;
    // The VA's acceptance opens the timeline.
    await manager
      .getRepository(ContractEventEntity)
      .insert({ contractId, milestoneId: null, kind: 'started', actorId: offer.freelancerId });
    if (milestones.length) {
      await manager
        .getRepository(ContractMilestoneEntity)
        .insert(milestones.map((milestone, index) => ({ ...milestone, contractId, position: index + 1 })));
    }
    return contractId;
  }

  /** The party's offers (and the job's, if given), newest first, with their post and organisation. */
  offers(party: Party & { jobId?: string }, page: Page) {
    return this.dataSource.getRepository(OfferEntity).findAndCount({
      where: { ...offersOf(party), ...(party.jobId ? { jobId: party.jobId } : {}) },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  /** Contracts, newest first, with their post and organisation. */
  contracts(where: FindOptionsWhere<ContractEntity>, page: Page) {
    return this.dataSource.getRepository(ContractEntity).findAndCount({
      where,
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  hasContract(jobId: string, freelancerId: string) {
    return this.dataSource.getRepository(ContractEntity).existsBy({ jobId, freelancerId });
  }

  /** A milestone, if its contract is the party's. */
  findMilestone(id: string, party: Party) {
    return this.dataSource
      .getRepository(ContractMilestoneEntity)
      .findOne({ where: { id, contract: party }, relations: { contract: true } });
  }

  /** A contract's timeline, newest first, with who acted. */
  /** Releases to VAs (the client's or automatic), in id order after `afterId`: a sweep's keyset page. */
  releaseEvents(afterId: string | null, limit: number) {
    return this.dataSource.getRepository(ContractEventEntity).find({
      where: { kind: In(['released', 'auto_released']), ...(afterId ? { id: MoreThan(afterId) } : {}) },
      order: { id: 'ASC' },
      take: limit,
    });
  }

  releaseEvent(id: string) {
    return this.dataSource
      .getRepository(ContractEventEntity)
      .findOneBy({ id, kind: In(['released', 'auto_released']) });
  }

  events(contractId: string, page: Page) {
    return this.dataSource.getRepository(ContractEventEntity).findAndCount({
      where: { contractId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
  }

  /** The files handed in with these events, oldest first. */
  handInFiles(eventIds: string[]) {
    return eventIds.length
      ? this.dataSource
          .getRepository(HandInFileEntity)
          .find({ where: { eventId: In(eventIds) }, order: { createdAt: 'ASC', id: 'ASC' } })
      : Promise.resolve([]);
  }

  /** Milestones by id, each with its contract. */
  milestonesWithContracts(ids: string[]) {
    return ids.length
      ? this.dataSource
          .getRepository(ContractMilestoneEntity)
          .find({ where: { id: In(ids) }, relations: { contract: true } })
      : Promise.resolve([]);
  }

  /**
   * Per organisation, how it behaves as a client, from its contracts' timelines: how many contracts,
   * how many with a dispute, how many payments into escrow, the posts it hired on, and the medians
   * (with counts) from hiring, a retainer period's opening or its overage's billing to paying in, and from a hand-in to its
   * release (approved, or released automatically when the business let the review window run out).
   */
  async clientRecords(organizationIds: string[]): Promise<ClientContractRecord[]> {
    if (!organizationIds.length) return [];
    const rows: Array<Record<string, string | number | string[] | null>> = await this.dataSource.query(
      `WITH own AS (SELECT id, organization_id, job_id, created_at FROM contracts WHERE organization_id = ANY($1)),
       funding AS (
         SELECT own.organization_id,
                EXTRACT(EPOCH FROM f.created_at - COALESCE(opened.created_at, own.created_at)) / 3600 AS hours
           FROM contract_events f
           JOIN own ON own.id = f.contract_id
           LEFT JOIN LATERAL (SELECT o.created_at FROM contract_events o
                               WHERE o.contract_id = f.contract_id AND o.milestone_id = f.milestone_id AND o.kind IN ('period_opened', 'overage_added')
                               ORDER BY o.created_at DESC LIMIT 1) opened ON true
          -- A week paid in full by what the week before left unused is not the business paying.
          WHERE f.kind = 'funded' AND f.amount_minor IS DISTINCT FROM 0
            AND (opened.created_at IS NOT NULL OR NOT EXISTS (
                  SELECT 1 FROM contract_events earlier
                   WHERE earlier.contract_id = f.contract_id AND earlier.kind = 'funded'
                     AND (earlier.created_at, earlier.id) < (f.created_at, f.id)))),
       approval AS (
         SELECT own.organization_id, EXTRACT(EPOCH FROM r.created_at - handed.created_at) / 3600 AS hours
           FROM contract_events r
           JOIN own ON own.id = r.contract_id
           JOIN LATERAL (SELECT s.created_at FROM contract_events s
                          WHERE s.contract_id = r.contract_id AND s.milestone_id = r.milestone_id
                            AND s.kind = 'submitted' AND s.created_at <= r.created_at
                          ORDER BY s.created_at DESC LIMIT 1) handed ON true
          WHERE r.kind IN ('released', 'auto_released'))
       SELECT own.organization_id AS "organizationId",
              count(*)::int AS "contracts",
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM contract_events d
                                              WHERE d.contract_id = own.id AND d.kind = 'dispute_opened'))::int AS "disputed",
              array_agg(DISTINCT own.job_id::text) AS "hiredJobIds",
              (SELECT count(*) FROM funding WHERE funding.organization_id = own.organization_id)::int AS "fundings",
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM funding
                WHERE funding.organization_id = own.organization_id) AS "medianFundHours",
              (SELECT count(*) FROM approval WHERE approval.organization_id = own.organization_id)::int AS "approvals",
              (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY hours) FROM approval
                WHERE approval.organization_id = own.organization_id) AS "medianApproveHours"
         FROM own GROUP BY own.organization_id`,
      [organizationIds],
    );
    return rows.map((row) => ({
      organizationId: row.organizationId as string,
      contracts: row.contracts as number,
      disputed: row.disputed as number,
      hiredJobIds: row.hiredJobIds as string[],
      fundings: row.fundings as number,
      medianFundHours: row.medianFundHours === null ? null : Number(row.medianFundHours),
      approvals: row.approvals as number,
      medianApproveHours: row.medianApproveHours === null ? null : Number(row.medianApproveHours),
    }));
  }

  async milestones(contractIds: string[]): Promise<ContractMilestoneEntity[]> {
    if (contractIds.length === 0) return [];
    return this.compiledMilestones.query(
      `SELECT ${this.compiledMilestones.select('m')} FROM contract_milestones m
       WHERE m.contract_id = ANY($1::uuid[]) ORDER BY m.position`,
      [contractIds],
    );
  }
}
