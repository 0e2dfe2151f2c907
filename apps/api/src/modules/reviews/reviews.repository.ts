import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In, IsNull, LessThanOrEqual, Not } from 'typeorm';
import type { ContractSide, Party } from '../contracts/contracts.types.js';
import { ReputationEntity, type ReputationSubject } from './entities/reputation.entity.js';
import { ReviewEntity } from './entities/review.entity.js';
import { ReviewCycleEntity } from './entities/review-cycle.entity.js';
import { type ReportOutcome, ReviewReportEntity } from './entities/review-report.entity.js';

export type NewCycle = Pick<
  ReviewCycleEntity,
  'contractId' | 'organizationId' | 'freelancerId' | 'trigger' | 'sequence' | 'closesAt'
>;
export type NewReview = Omit<
  ReviewEntity,
  'id' | 'revealedAt' | 'reply' | 'repliedAt' | 'repliedBy' | 'hiddenAt' | 'hiddenReason' | 'hiddenBy'
>;
type Page = { offset: number; limit: number };
export type CycleFilter = { id?: string; open?: boolean; contractId?: string };

/** The party's own cycles: the organisation's, or the VA's. */
const ofParty = (party: Party) =>
  'organizationId' in party ? { organizationId: party.organizationId } : { freelancerId: party.freelancerId };

/** All queries of review cycles, reviews and reports. */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Opens the cycle unless it exists (one per contract, trigger and period); returns it only if opened now. */
  async insertCycle(cycle: NewCycle, manager: EntityManager): Promise<ReviewCycleEntity | null> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(ReviewCycleEntity)
      .values(cycle)
      .orIgnore()
      .returning('*')
      .execute();
    const [row] = result.raw as Array<{ id: string }>;
    return row ? manager.getRepository(ReviewCycleEntity).findOneByOrFail({ id: row.id }) : null;
  }

  /** The cycle locked for the transaction, if the party is one of its sides (any cycle for `null`). */
  lockCycle(id: string, party: Party | null, manager: EntityManager) {
    return manager
      .getRepository(ReviewCycleEntity)
      .findOne({ where: { id, ...(party ? ofParty(party) : {}) }, lock: { mode: 'pessimistic_write' } });
  }

  /** The periodic rounds already opened on these contracts, as `contractId:sequence`. */
  async periodsOpened(contractIds: string[]): Promise<Set<string>> {
    if (contractIds.length === 0) return new Set();
    const rows = await this.dataSource.getRepository(ReviewCycleEntity).find({
      select: { contractId: true, sequence: true },
      where: { contractId: In(contractIds), trigger: 'periodic' },
    });
    return new Set(rows.map((row) => `${row.contractId}:${row.sequence}`));
  }

  /** The party's cycles, newest first: those still open to write first when `open` is asked. */
  async cycles(party: Party, filter: CycleFilter, page: Page) {
    const [items, totalCount] = await this.dataSource.getRepository(ReviewCycleEntity).findAndCount({
      where: {
        ...ofParty(party),
        ...(filter.id ? { id: filter.id } : {}),
        ...(filter.contractId ? { contractId: filter.contractId } : {}),
        ...(filter.open === undefined ? {} : { revealedAt: filter.open ? IsNull() : Not(IsNull()) }),
      },
      order: { openedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount };
  }

  reviewsOf(cycleIds: string[], manager: EntityManager = this.dataSource.manager) {
    return cycleIds.length
      ? manager.getRepository(ReviewEntity).findBy({ cycleId: In(cycleIds) })
      : Promise.resolve([]);
  }

  async insertReview(review: NewReview, manager: EntityManager): Promise<string> {
    const { identifiers } = await manager.getRepository(ReviewEntity).insert(review);
    return identifiers[0]?.id as string;
  }

  /** Reveals the cycle and its reviews at `at`, once: returns whether this call did. */
  async reveal(cycleId: string, at: Date, manager: EntityManager): Promise<boolean> {
    const { affected } = await manager
      .getRepository(ReviewCycleEntity)
      .update({ id: cycleId, revealedAt: IsNull() }, { revealedAt: at });
    if (!affected) return false;
    await manager.getRepository(ReviewEntity).update({ cycleId }, { revealedAt: at });
    return true;
  }

  /** Cycles whose window closed unrevealed, locked; a cycle another instance holds is left to it. */
  closedUnrevealed(now: Date, limit: number, manager: EntityManager) {
    return manager.getRepository(ReviewCycleEntity).find({
      where: { revealedAt: IsNull(), closesAt: LessThanOrEqual(now) },
      order: { closesAt: 'ASC' },
      take: limit,
      lock: { mode: 'pessimistic_write', onLocked: 'skip_locked' },
    });
  }

  lockReview(id: string, manager: EntityManager) {
    return manager.getRepository(ReviewEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  review(id: string) {
    return this.dataSource.getRepository(ReviewEntity).findOneBy({ id });
  }

  async reply(id: string, reply: { reply: string; repliedAt: Date; repliedBy: string }, manager: EntityManager) {
    await manager.getRepository(ReviewEntity).update({ id }, reply);
  }

  async hide(id: string, hidden: { hiddenAt: Date; hiddenReason: string; hiddenBy: string }, manager: EntityManager) {
    await manager.getRepository(ReviewEntity).update({ id }, hidden);
  }

  /**
   * Revealed reviews about one side, newest first: written by the other side of the VA's contracts
   * (about the VA) or of the organisation's (about the business). Hidden ones are left out.
   */
  async publicReviews(about: { freelancerId: string } | { organizationId: string }, page: Page) {
    const authorSide: ContractSide = 'freelancerId' in about ? 'client' : 'freelancer';
    const [items, totalCount] = await this.dataSource.getRepository(ReviewEntity).findAndCount({
      where: { ...about, authorSide, revealedAt: Not(IsNull()), hiddenAt: IsNull() },
      order: { revealedAt: 'DESC', id: 'ASC' },
      skip: page.offset,
      take: page.limit,
    });
    return { items, totalCount };
  }

  /** Files a report once per person and review (a second one from the same person is ignored). */
  async insertReport(
    report: Pick<ReviewReportEntity, 'reviewId' | 'reporterId' | 'reason'>,
    manager: EntityManager,
  ): Promise<void> {
    await manager.createQueryBuilder().insert().into(ReviewReportEntity).values(report).orIgnore().execute();
  }

  /** Reviews with reports ops have not resolved, oldest report first, with their open reports. */
  async reported(page: Page) {
    const rows: Array<{ reviewId: string; total: number }> = await this.dataSource.query(
      `SELECT review_id AS "reviewId", count(*) OVER ()::int AS total FROM review_reports
        WHERE resolved_at IS NULL GROUP BY review_id ORDER BY min(created_at), review_id OFFSET $1 LIMIT $2`,
      [page.offset, page.limit],
    );
    const reviewIds = rows.map((row) => row.reviewId);
    const [reviews, reports] = reviewIds.length
      ? await Promise.all([
          this.dataSource.getRepository(ReviewEntity).findBy({ id: In(reviewIds) }),
          this.dataSource
            .getRepository(ReviewReportEntity)
            .find({ where: { reviewId: In(reviewIds), resolvedAt: IsNull() }, order: { createdAt: 'ASC' } }),
        ])
      : [[], []];
    return { reviewIds, reviews, reports, totalCount: rows[0]?.total ?? 0 };
  }

  async resolveReports(
    reviewId: string,
    resolution: { outcome: ReportOutcome; resolvedBy: string; resolvedAt: Date },
    manager: EntityManager,
  ): Promise<number> {
    const { affected } = await manager
      .getRepository(ReviewReportEntity)
      .update({ reviewId, resolvedAt: IsNull() }, resolution);
    return affected ?? 0;
  }

  /** The party's revealed rounds with their reviews: what a reputation is computed from. */
  async revealed(party: Party, manager: EntityManager = this.dataSource.manager) {
    const cycles = await manager
      .getRepository(ReviewCycleEntity)
      .findBy({ ...ofParty(party), revealedAt: Not(IsNull()) });
    return {
      cycles,
      reviews: await this.reviewsOf(
        cycles.map(({ id }) => id),
        manager,
      ),
    };
  }

  async saveReputation(reputation: Omit<ReputationEntity, 'computedAt'>, manager: EntityManager): Promise<void> {
    await manager.getRepository(ReputationEntity).upsert(reputation, ['subjectType', 'subjectId']);
  }

  reputations(subjectType: ReputationSubject, subjectIds: string[]) {
    return subjectIds.length
      ? this.dataSource.getRepository(ReputationEntity).findBy({ subjectType, subjectId: In([...new Set(subjectIds)]) })
      : Promise.resolve([]);
  }

  /** Reputations computed before `before`, oldest first: reviews age, so scores move without events. */
  staleReputations(before: Date, limit: number) {
    return this.dataSource.getRepository(ReputationEntity).find({
      select: { subjectType: true, subjectId: true },
      where: { computedAt: LessThanOrEqual(before) },
      order: { computedAt: 'ASC' },
      take: limit,
    });
  }
}
