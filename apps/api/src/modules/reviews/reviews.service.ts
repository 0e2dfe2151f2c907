import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { BadUserInputError } from '../../platform/errors/app-error.js';
import { maskContactDetails } from '../../platform/text/contact-details.js';
import { ContractsService } from '../contracts/contracts.service.js';
import { CONTRACT_ENDED_TASK, type ContractEndedData } from '../contracts/contracts.tasks.js';
import type { ContractActor, Party } from '../contracts/contracts.types.js';
import { UsersService } from '../identity/users.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { ReviewEntity } from './entities/review.entity.js';
import type { ReviewCycleEntity, ReviewTrigger } from './entities/review-cycle.entity.js';
import { ReputationService } from './reputation.service.js';
import {
  AlreadyReviewedError,
  ReviewNotFoundError,
  ReviewStateError,
  ReviewWindowClosedError,
} from './reviews.errors.js';
import { type ReviewRecipient, ReviewsNotifier } from './reviews.notifier.js';
import { type CycleFilter, ReviewsRepository } from './reviews.repository.js';
import { otherSide, periodicCyclesDue, type RatingCategory, ratingProblems } from './reviews.rules.js';

const OPEN_PERIODIC_TASK = 'reviews.open-periodic';
const REVEAL_TASK = 'reviews.reveal-closed';
const BATCH = 100;
const DAY_MS = 86_400_000;

export interface ReviewInput {
  cycleId: string;
  overall: number;
  ratings: Array<{ category: string; stars: number }>;
  comment: string;
  wouldWorkAgain: boolean;
  privateFeedback: string;
}

/**
 * Two-way, double-blind reviews. A cycle opens for both sides when a contract on which money reached
 * the VA ends, and every `REVIEW_PERIOD_MONTHS` on one that goes on. Each side writes once within the
 * window; nothing is visible to the other side until both are in or the window closes, and then both
 * are revealed at once and are final. The reviewee may answer once, in public.
 */
@Injectable()
export class ReviewsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly contracts: ContractsService,
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
    private readonly notifier: ReviewsNotifier,
    private readonly reputations: ReputationService,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register<ContractEndedData>({
      name: CONTRACT_ENDED_TASK,
      policy: 'standard',
      handler: async ({ contractId }) => {
        await this.openForEndedContract(contractId);
      },
    });
    this.background.register({
      name: OPEN_PERIODIC_TASK,
      policy: 'singleton',
      cron: '17 * * * *',
      handler: async () => {
        await this.openPeriodic();
      },
    });
    this.background.register({
      name: REVEAL_TASK,
      policy: 'singleton',
      cron: '* * * * *',
      handler: async () => {
        await this.revealClosed();
      },
    });
  }

  /** Opens the cycle of an ended contract on which money reached the VA; false if there is none to open. */
  async openForEndedContract(contractId: string, now = new Date()): Promise<boolean> {
    const { opened, sides } = await this.open(contractId, 'contract_ended', 0, now);
    // The ending counts towards both sides' success rates, whether or not a round opened.
    await this.reputations.recompute({ type: 'freelancer', id: sides.freelancerId }, now);
    await this.reputations.recompute({ type: 'organization', id: sides.organizationId }, now);
    return opened;
  }

  /** Opens the periodic cycles now due on contracts that go on; returns how many opened. */
  async openPeriodic(now = new Date()): Promise<number> {
    const months = this.config.reviews.periodMonths;
    // No month is shorter than 28 days: younger contracts cannot be due yet.
    const startedBefore = new Date(now.getTime() - months * 28 * DAY_MS);
    let opened = 0;
    let after: string | null = null;
    for (;;) {
      const page = await this.contracts.activeStartedBefore(startedBefore, after, BATCH);
      const due = page
        .map((contract) => ({ contract, sequence: periodicCyclesDue(contract.createdAt, months, now) }))
        .filter(({ sequence }) => sequence > 0);
      // One query per page skips the periods already opened, so the hourly sweep stays cheap.
      const done = await this.repository.periodsOpened(due.map(({ contract }) => contract.id));
      for (const { contract, sequence } of due) {
        if (done.has(`${contract.id}:${sequence}`)) continue;
        if ((await this.open(contract.id, 'periodic', sequence, now)).opened) opened += 1;
      }
      if (page.length < BATCH) return opened;
      after = page[page.length - 1]?.id ?? null;
    }
  }

  /** Opens a cycle if the contract is in the state the trigger needs and money reached the VA on it. */
  private async open(contractId: string, trigger: ReviewTrigger, sequence: number, now: Date) {
    const { deliveries, sides, opened } = await this.dataSource.transaction(async (manager) => {
      const contract = await this.contracts.lockContract(null, contractId, manager);
      const sides = { organizationId: contract.organizationId, freelancerId: contract.freelancerId };
      const none = { deliveries: [] as Delivery[], sides, opened: false };
      if (contract.status !== (trigger === 'contract_ended' ? 'ended' : 'active')) return none;
      if ((await this.contracts.releasedOn(contract.id, manager)) === 0) return none;
      const cycle = await this.repository.insertCycle(
        {
          contractId,
          ...sides,
          trigger,
          sequence,
          closesAt: new Date(now.getTime() + this.config.reviews.windowDays * DAY_MS),
        },
        manager,
      );
      if (!cycle) return none;
      const people = await this.recipients(cycle, manager);
      const deliveries = await Promise.all(people.map((person) => this.notifier.cycleOpened(person, cycle, manager)));
      return { deliveries, sides, opened: true };
    });
    await deliverAll(deliveries);
    return { opened, sides };
  }

  /**
   * Writes one side's review. Refused once the window closed or that side wrote; when it completes the
   * pair, both are revealed in the same transaction.
   */
  async submit(actor: ContractActor, input: ReviewInput, now = new Date()): Promise<void> {
    const problems = ratingProblems(otherSide(actor.side), input.overall, input.ratings);
    if (Object.keys(problems).length) {
      throw new BadUserInputError('Give every rating a whole number of stars from 1 to 5.', problems);
    }
    const deliveries = await this.dataSource.transaction(async (manager) => {
      const cycle = await this.repository.lockCycle(input.cycleId, actor.party, manager);
      if (!cycle) throw new ReviewNotFoundError('review round');
      if (cycle.revealedAt || cycle.closesAt <= now) throw new ReviewWindowClosedError();
      const written = await this.repository.reviewsOf([cycle.id], manager);
      if (written.some((review) => review.authorSide === actor.side)) throw new AlreadyReviewedError();
      await this.repository.insertReview(
        {
          cycleId: cycle.id,
          contractId: cycle.contractId,
          organizationId: cycle.organizationId,
          freelancerId: cycle.freelancerId,
          authorSide: actor.side,
          authorId: actor.userId,
          overall: input.overall,
          ratings: Object.fromEntries(input.ratings.map(({ category, stars }) => [category as RatingCategory, stars])),
          comment: maskContactDetails(input.comment.trim()),
          wouldWorkAgain: input.wouldWorkAgain,
          privateFeedback: input.privateFeedback.trim(),
          submittedAt: now,
        },
        manager,
      );
      if (written.length === 0) return [];
      return this.reveal(cycle, now, manager);
    });
    await deliverAll(deliveries);
  }

  /** Reveals every cycle whose window closed, once, whichever instance gets there; returns how many. */
  async revealClosed(now = new Date()): Promise<number> {
    let revealed = 0;
    for (;;) {
      const { count, deliveries } = await this.dataSource.transaction(async (manager) => {
        const cycles = await this.repository.closedUnrevealed(now, BATCH, manager);
        const sent: Delivery[] = [];
        for (const cycle of cycles) sent.push(...(await this.reveal(cycle, now, manager)));
        return { count: cycles.length, deliveries: sent };
      });
      await deliverAll(deliveries);
      revealed += count;
      if (count < BATCH) return revealed;
    }
  }

  /** Publishes the cycle's reviews (the caller holds its lock) and tells both sides, if anyone wrote. */
  private async reveal(cycle: ReviewCycleEntity, now: Date, manager: EntityManager): Promise<Delivery[]> {
    if (!(await this.repository.reveal(cycle.id, now, manager))) return [];
    await this.reputations.recompute({ type: 'freelancer', id: cycle.freelancerId }, now, manager);
    await this.reputations.recompute({ type: 'organization', id: cycle.organizationId }, now, manager);
    if ((await this.repository.reviewsOf([cycle.id], manager)).length === 0) return [];
    const people = await this.recipients(cycle, manager);
    return Promise.all(people.map((person) => this.notifier.revealed(person, cycle, manager)));
  }

  /** The reviewee's one public answer to a published review. */
  async reply(actor: ContractActor, reviewId: string, text: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.visibleLocked(actor.party, reviewId, manager);
      if (review.authorSide === actor.side)
        throw new ReviewStateError('You can answer reviews about you, not your own.');
      if (review.hiddenAt) throw new ReviewStateError('This review was hidden by Delegate.');
      if (review.reply !== null) throw new ReviewStateError('This review already has your answer.');
      await this.repository.reply(
        review.id,
        { reply: maskContactDetails(text.trim()), repliedAt: now, repliedBy: actor.userId },
        manager,
      );
    });
  }

  /** Either side asks Delegate to look at a published review (once per person). */
  async report(actor: ContractActor, reviewId: string, reason: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.visibleLocked(actor.party, reviewId, manager);
      if (review.hiddenAt) throw new ReviewStateError('This review was already hidden by Delegate.');
      await this.repository.insertReport(
        { reviewId: review.id, reporterId: actor.userId, reason: reason.trim() },
        manager,
      );
    });
  }

  /** A review on the party's contract that the party may see: their own, or the other side's once revealed. */
  private async visibleLocked(party: Party, reviewId: string, manager: EntityManager): Promise<ReviewEntity> {
    const review = await this.repository.lockReview(reviewId, manager);
    const side = review && sideOf(party, review);
    if (!review || !side || (side !== review.authorSide && !review.revealedAt)) throw new ReviewNotFoundError();
    if (!review.revealedAt) throw new ReviewStateError('Reviews can be answered or reported once they are published.');
    return review;
  }

  /** The party's cycles with the reviews they may see, newest first. */
  async cyclesOf(party: Party, filter: CycleFilter, page: { offset: number; limit: number }) {
    const { items, totalCount } = await this.repository.cycles(party, filter, page);
    const reviews = await this.repository.reviewsOf(items.map(({ id }) => id));
    return { items, reviews, totalCount };
  }

  /** A review, as stored (the caller decides what its reader may see). */
  review(id: string) {
    return this.repository.review(id);
  }

  /** Published, unhidden reviews about a VA (written by businesses) or a business (written by VAs). */
  publicReviews(about: { freelancerId: string } | { organizationId: string }, page: { offset: number; limit: number }) {
    return this.repository.publicReviews(about, page);
  }

  /** Who is told about a cycle: the VA, and the business's members who hire (not finance). */
  async recipients(
    cycle: Pick<ReviewCycleEntity, 'organizationId' | 'freelancerId'>,
    manager: EntityManager,
  ): Promise<ReviewRecipient[]> {
    const [va, members, organizations] = await Promise.all([
      this.users.findUserById(cycle.freelancerId, manager),
      this.users.members(cycle.organizationId),
      this.organizations.names([cycle.organizationId], manager),
    ]);
    if (!va) return [];
    const organization = organizations.get(cycle.organizationId) ?? '';
    return [
      { to: va, side: 'freelancer', other: organization },
      ...members
        .filter((member) => member.role !== 'finance' && member.user)
        .map((member) => ({
          to: member.user as NonNullable<typeof member.user>,
          side: 'client' as const,
          other: va.displayName,
        })),
    ];
  }
}

/** The side of the review's contract the party is on, if either. */
export function sideOf(party: Party, review: Pick<ReviewEntity, 'organizationId' | 'freelancerId'>) {
  if ('organizationId' in party) return party.organizationId === review.organizationId ? ('client' as const) : null;
  return party.freelancerId === review.freelancerId ? ('freelancer' as const) : null;
}

async function deliverAll(deliveries: Delivery[]): Promise<void> {
  for (const delivery of deliveries) await delivery.deliver();
}
