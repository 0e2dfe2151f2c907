import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PartyActor, SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { contractActor, partyOf } from '../contracts/contracts.resolver.js';
import type { ContractSide } from '../contracts/contracts.types.js';
import {
  FreelancerReviewsArgs,
  ModerateReviewInput,
  OrganizationReviewsArgs,
  ReplyToReviewInput,
  ReportedReviewPage,
  ReportReviewInput,
  Review,
  ReviewCycle,
  ReviewCyclePage,
  ReviewCyclesArgs,
  ReviewPage,
  SubmitReviewInput,
} from './dto/review.dto.js';
import { ReviewModerationService } from './review-moderation.service.js';
import { type Reader, ReviewViews } from './review-views.js';
import { ReviewNotFoundError } from './reviews.errors.js';
import { ReviewsService } from './reviews.service.js';

const sideOfActor = (actor: PartyActor): ContractSide => (actor.kind === 'client' ? 'client' : 'freelancer');

/**
 * Reviews: each side of a contract writes once per round (members who hire, for a business) and sees
 * the other side's review once revealed; the reviewee answers once; either side reports. Published
 * reviews are readable by anyone signed in; ops moderate reported ones.
 */
@Resolver()
export class ReviewsResolver {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly moderation: ReviewModerationService,
    private readonly views: ReviewViews,
  ) {}

  @Allow(Policies.parties)
  @Query(() => ReviewCyclePage, { description: "The viewer's review rounds, newest first." })
  async myReviewCycles(@CurrentActor() actor: PartyActor, @Args() { offset, limit, ...filter }: ReviewCyclesArgs) {
    const { items, reviews, totalCount } = await this.reviews.cyclesOf(partyOf(actor), filter, { offset, limit });
    return { items: await this.views.cycles(items, reviews, sideOfActor(actor)), totalCount };
  }

  @Allow(Policies.hiringParties)
  @Mutation(() => ReviewCycle, { description: "Writes the viewer's side's review of the round; final once written." })
  async submitReview(@CurrentActor() actor: PartyActor, @Args('input') input: SubmitReviewInput) {
    await this.reviews.submit(contractActor(actor), input);
    return this.cycle(actor, input.cycleId);
  }

  @Allow(Policies.hiringParties)
  @Mutation(() => Review, { description: 'Answers a published review about the viewer, once, in public.' })
  async replyToReview(@CurrentActor() actor: PartyActor, @Args('input') input: ReplyToReviewInput) {
    await this.reviews.reply(contractActor(actor), input.reviewId, input.reply);
    const review = await this.reviews.review(input.reviewId);
    if (!review) throw new ReviewNotFoundError();
    const [view] = await this.views.reviews([review], { side: sideOfActor(actor) });
    return view;
  }

  @Allow(Policies.parties)
  @Mutation(() => Boolean, { description: "Asks Delegate to look at a published review on the viewer's contract." })
  async reportReview(@CurrentActor() actor: PartyActor, @Args('input') input: ReportReviewInput) {
    await this.reviews.report(contractActor(actor), input.reviewId, input.reason);
    return true;
  }

  @Allow(Policies.signedIn)
  @Query(() => ReviewPage, {
    description: 'Published reviews of a VA by the businesses they worked for, newest first.',
  })
  async freelancerReviews(
    @CurrentActor() actor: SignedInActor,
    @Args() { freelancerId, offset, limit }: FreelancerReviewsArgs,
  ) {
    const page = await this.reviews.publicReviews({ freelancerId }, { offset, limit });
    return { items: await this.views.reviews(page.items, readerOf(actor)), totalCount: page.totalCount };
  }

  @Allow(Policies.signedIn)
  @Query(() => ReviewPage, {
    description: 'Published reviews of a business by the VAs who worked for it, newest first.',
  })
  async organizationReviews(
    @CurrentActor() actor: SignedInActor,
    @Args() { organizationId, offset, limit }: OrganizationReviewsArgs,
  ) {
    const page = await this.reviews.publicReviews({ organizationId }, { offset, limit });
    return { items: await this.views.reviews(page.items, readerOf(actor)), totalCount: page.totalCount };
  }

  @Allow(Policies.ops)
  @Query(() => ReportedReviewPage, { description: 'Reviews with open reports, oldest report first.' })
  async reportedReviews(@Args() page: PageArgs) {
    const found = await this.moderation.reported(page);
    return { items: await this.views.reported(found), totalCount: found.totalCount };
  }

  @Allow(Policies.ops)
  @Mutation(() => Boolean, { description: 'Hides a review that breaks the rules for reviews; its author is told why.' })
  async hideReview(@CurrentActor() actor: SignedInActor, @Args('input') input: ModerateReviewInput) {
    await this.moderation.hide(actor.userId, input.reviewId, input.reason);
    return true;
  }

  @Allow(Policies.ops)
  @Mutation(() => Boolean, { description: 'Keeps a reported review: its reports are closed.' })
  async keepReview(@CurrentActor() actor: SignedInActor, @Args('input') input: ModerateReviewInput) {
    await this.moderation.keep(actor.userId, input.reviewId, input.reason);
    return true;
  }

  private async cycle(actor: PartyActor, cycleId: string): Promise<ReviewCycle> {
    const { items, reviews } = await this.reviews.cyclesOf(partyOf(actor), { id: cycleId }, { offset: 0, limit: 1 });
    const [view] = await this.views.cycles(items, reviews, sideOfActor(actor));
    if (!view) throw new ReviewNotFoundError('review round');
    return view;
  }
}

/** A published review's reader: ops see private parts; a side of its contract sees its own as its author does. */
function readerOf(actor: SignedInActor): Reader {
  return actor.kind === 'ops' ? 'ops' : 'public';
}
