import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { convertMinor } from '../../platform/money/fx.js';
import { ContractsService } from '../contracts/contracts.service.js';
import type { Party } from '../contracts/contracts.types.js';
import { DisputesService } from '../disputes/disputes.service.js';
import { MatchingService } from '../matching/matching.service.js';
import { FxRatesService } from '../money/fx-rates.service.js';
import type { ReputationEntity, ReputationSubject } from './entities/reputation.entity.js';
import { type ContractRecord, reputation } from './reputation.js';
import { ReviewsRepository } from './reviews.repository.js';

const REFRESH_TASK = 'reviews.refresh-reputations';
const BATCH = 200;
const DAY_MS = 86_400_000;
/** A VA's history is read whole; no VA or business comes near this many contracts. */
const MOST_CONTRACTS = 5_000;

export type Subject = { type: ReputationSubject; id: string };

/** A stored reputation, or the neutral one for someone with no history yet. */
export type StoredReputation = Omit<ReputationEntity, 'subjectType' | 'subjectId' | 'computedAt'> & {
  computedAt: Date | null;
};

/**
 * Computes VAs' and businesses' reputations with the published formula from their contracts (value,
 * refunds, disputes ops ruled for the VA) and their revealed reviews, and stores them for lists.
 */
@Injectable()
export class ReputationService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly contracts: ContractsService,
    private readonly disputes: DisputesService,
    private readonly fxRates: FxRatesService,
    private readonly matching: MatchingService,
    private readonly background: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: REFRESH_TASK,
      policy: 'singleton',
      cron: '41 3 * * *',
      handler: async () => {
        await this.refreshStale();
      },
    });
  }

  /** Recomputes and stores a reputation (in the caller's transaction, if given). */
  async recompute(subject: Subject, now = new Date(), manager: EntityManager = this.dataSource.manager) {
    const result = reputation(await this.records(subject, manager), now);
    const { score, rating, successRate, reviewCount, contractCount, neutral, contributions } = result;
    await this.repository.saveReputation(
      {
        subjectType: subject.type,
        subjectId: subject.id,
        score,
        rating,
        successRate,
        reviewCount,
        contractCount,
        neutral,
        contributions,
      },
      manager,
    );
    // Ranking reads a VA's reputation from their match card.
    if (subject.type === 'freelancer') await this.matching.refreshCard(subject.id, manager);
    return result;
  }

  /** Recomputes those last computed over a day ago: the recency weights have moved. Returns how many. */
  async refreshStale(now = new Date()): Promise<number> {
    let refreshed = 0;
    for (;;) {
      const stale = await this.repository.staleReputations(new Date(now.getTime() - DAY_MS), BATCH);
      for (const row of stale) await this.recompute({ type: row.subjectType, id: row.subjectId }, now);
      refreshed += stale.length;
      if (stale.length < BATCH) return refreshed;
    }
  }

  /** Stored reputations by subject id; subjects without one have the neutral reputation. */
  async of(type: ReputationSubject, ids: string[]): Promise<Map<string, StoredReputation>> {
    const stored = new Map((await this.repository.reputations(type, ids)).map((row) => [row.subjectId, row]));
    return new Map(ids.map((id) => [id, stored.get(id) ?? NEUTRAL]));
  }

  /** What the formula reads: each contract's value, outcome and the other side's revealed reviews. */
  private async records(subject: Subject, manager: EntityManager): Promise<ContractRecord[]> {
    const party: Party = subject.type === 'freelancer' ? { freelancerId: subject.id } : { organizationId: subject.id };
    const [contracts] = await this.contracts.contracts(party, { offset: 0, limit: MOST_CONTRACTS });
    const ids = contracts.map(({ id }) => id);
    const [milestones, ruledForFreelancer, rates, { cycles, reviews }] = await Promise.all([
      this.contracts.milestones(ids),
      this.disputes.decidedForFreelancer(ids),
      this.fxRates.all(),
      this.repository.revealed(party, manager),
    ]);
    const reviewer = subject.type === 'freelancer' ? 'client' : 'freelancer';
    return contracts.map((contract): ContractRecord => {
      const own = milestones.filter((milestone) => milestone.contractId === contract.id);
      const sum = (key: 'fundedMinor' | 'releasedMinor' | 'refundedMinor') =>
        own.reduce((total, milestone) => total + milestone.money[key], 0);
      const ended = contract.status === 'ended';
      const rounds = cycles.filter((cycle) => cycle.contractId === contract.id);
      const written = reviews.filter((review) => review.contractId === contract.id && review.authorSide === reviewer);
      const ruled = ruledForFreelancer.has(contract.id);
      return {
        contractId: contract.id,
        valueUsdMinor: convertMinor(sum('releasedMinor'), contract.terms.currency, 'USD', rates) ?? 0,
        ended,
        unfunded: ended && sum('fundedMinor') === 0,
        // A VA's contract failed if money went back to the client; a business's, if ops ruled against it.
        refunded: subject.type === 'freelancer' ? sum('refundedMinor') > 0 : ruled,
        disputeRuledForFreelancer: subject.type === 'freelancer' && ruled,
        reviews: written.map((review) => ({
          stars: review.overall,
          revealedAt: review.revealedAt as Date,
          hidden: review.hiddenAt !== null,
        })),
        silentRounds: rounds.filter((cycle) => !written.some((review) => review.cycleId === cycle.id)).length,
      };
    });
  }
}

const NEUTRAL: StoredReputation = { ...reputation([], new Date(0)), computedAt: null };
