import { Injectable } from '@nestjs/common';
import type { ContractSide } from '../contracts/contracts.types.js';
import { UsersService } from '../identity/users.service.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import type { ReportedReview, Review, ReviewCycle } from './dto/review.dto.js';
import type { ReviewEntity } from './entities/review.entity.js';
import type { ReviewCycleEntity } from './entities/review-cycle.entity.js';
import type { ReviewReportEntity } from './entities/review-report.entity.js';

/** Who reads: one side of the contract, ops, or anyone else (a published review on a profile). */
export type Reader = { side: ContractSide } | 'ops' | 'public';

type Sides = Pick<ReviewEntity, 'organizationId' | 'freelancerId'>;

/**
 * What each reader may see of reviews: the private feedback and a hiding's reason only by their author
 * and ops; the other side's review only once revealed. Names come in one query per list.
 */
@Injectable()
export class ReviewViews {
  constructor(
    private readonly users: UsersService,
    private readonly organizations: OrganizationsService,
  ) {}

  async reviews(reviews: ReviewEntity[], reader: Reader): Promise<Review[]> {
    const names = await this.names(reviews);
    return reviews.map((review) => toReview(review, reader, names));
  }

  async cycles(cycles: ReviewCycleEntity[], reviews: ReviewEntity[], side: ContractSide, now = new Date()) {
    const names = await this.names(cycles);
    return cycles.map((cycle): ReviewCycle => {
      const mine = reviews.find((review) => review.cycleId === cycle.id && review.authorSide === side) ?? null;
      const theirs = reviews.find((review) => review.cycleId === cycle.id && review.authorSide !== side) ?? null;
      const open = !cycle.revealedAt && cycle.closesAt > now;
      return {
        ...cycle,
        counterpartName: side === 'client' ? nameOf(names, cycle.freelancerId) : nameOf(names, cycle.organizationId),
        canWrite: open && !mine,
        counterpartWrote: theirs !== null,
        mine: mine && toReview(mine, { side }, names),
        theirs: theirs && cycle.revealedAt ? toReview(theirs, { side }, names) : null,
      };
    });
  }

  async reported(found: { reviewIds: string[]; reviews: ReviewEntity[]; reports: ReviewReportEntity[] }) {
    const [names, reporters] = await Promise.all([
      this.names(found.reviews),
      this.users.displayNames(found.reports.map((report) => report.reporterId)),
    ]);
    return found.reviewIds.flatMap((id): ReportedReview[] => {
      const review = found.reviews.find((candidate) => candidate.id === id);
      if (!review) return [];
      return [
        {
          review: toReview(review, 'ops', names),
          aboutName:
            review.authorSide === 'client' ? nameOf(names, review.freelancerId) : nameOf(names, review.organizationId),
          reports: found.reports
            .filter((report) => report.reviewId === id)
            .map((report) => ({ ...report, reporterName: reporters.get(report.reporterId) ?? '' })),
        },
      ];
    });
  }

  /** The VAs' and businesses' names, keyed by their ids. */
  private async names(rows: Sides[]): Promise<Map<string, string>> {
    const [people, organizations] = await Promise.all([
      this.users.displayNames(rows.map((row) => row.freelancerId)),
      this.organizations.names(rows.map((row) => row.organizationId)),
    ]);
    return new Map([...people, ...organizations]);
  }
}

function nameOf(names: Map<string, string>, id: string): string {
  return names.get(id) ?? '';
}

function toReview(review: ReviewEntity, reader: Reader, names: Map<string, string>): Review {
  const privileged = reader === 'ops' || (typeof reader === 'object' && reader.side === review.authorSide);
  return {
    ...review,
    authorName:
      review.authorSide === 'client' ? nameOf(names, review.organizationId) : nameOf(names, review.freelancerId),
    ratings: Object.entries(review.ratings).map(([category, stars]) => ({ category, stars: stars as number })),
    privateFeedback: privileged ? review.privateFeedback : null,
    hidden: review.hiddenAt !== null,
    hiddenReason: privileged ? review.hiddenReason : null,
  };
}
