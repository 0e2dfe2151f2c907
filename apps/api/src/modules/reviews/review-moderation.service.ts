import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { ReputationService } from './reputation.service.js';
import { ReviewNotFoundError, ReviewStateError } from './reviews.errors.js';
import { ReviewsNotifier } from './reviews.notifier.js';
import { ReviewsRepository } from './reviews.repository.js';
import { ReviewsService } from './reviews.service.js';

/**
 * Ops read reported reviews and either hide one that breaks the published rules (with a reason the
 * author is told; it leaves public lists and reputation) or keep it. Both are audited.
 */
@Injectable()
export class ReviewModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly reviews: ReviewsService,
    private readonly notifier: ReviewsNotifier,
    private readonly reputations: ReputationService,
    private readonly audit: AuditService,
  ) {}

  reported(page: { offset: number; limit: number }) {
    return this.repository.reported(page);
  }

  async hide(opsUserId: string, reviewId: string, reason: string, now = new Date()): Promise<void> {
    const delivery = await this.dataSource.transaction(async (manager): Promise<Delivery | null> => {
      const review = await this.repository.lockReview(reviewId, manager);
      if (!review?.revealedAt) throw new ReviewNotFoundError();
      if (review.hiddenAt) throw new ReviewStateError('This review is already hidden.');
      await this.repository.hide(
        review.id,
        { hiddenAt: now, hiddenReason: reason.trim(), hiddenBy: opsUserId },
        manager,
      );
      await this.repository.resolveReports(
        review.id,
        { outcome: 'hidden', resolvedBy: opsUserId, resolvedAt: now },
        manager,
      );
      // The review leaves the formula: the reviewee's reputation is recomputed without it.
      const reviewee =
        review.authorSide === 'client'
          ? ({ type: 'freelancer', id: review.freelancerId } as const)
          : ({ type: 'organization', id: review.organizationId } as const);
      await this.reputations.recompute(reviewee, now, manager);
      await this.audit.record(
        { actorId: opsUserId, action: 'review.hidden', targetType: 'review', targetId: review.id, details: { reason } },
        manager,
      );
      // The author is told why (unless they have left the organisation since).
      const author = (await this.reviews.recipients(review, manager)).find(
        (person) => person.to.id === review.authorId,
      );
      return author ? this.notifier.hidden(author, review, reason.trim(), manager) : null;
    });
    await delivery?.deliver();
  }

  /** Ops looked and the review stays: its open reports are closed. */
  async keep(opsUserId: string, reviewId: string, note: string, now = new Date()): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const review = await this.repository.lockReview(reviewId, manager);
      if (!review) throw new ReviewNotFoundError();
      const closed = await this.repository.resolveReports(
        review.id,
        { outcome: 'kept', resolvedBy: opsUserId, resolvedAt: now },
        manager,
      );
      if (closed === 0) throw new ReviewStateError('This review has no open reports.');
      await this.audit.record(
        { actorId: opsUserId, action: 'review.kept', targetType: 'review', targetId: review.id, details: { note } },
        manager,
      );
    });
  }
}
