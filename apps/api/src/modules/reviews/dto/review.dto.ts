import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageArgs, PageOf } from '../../../platform/graphql/pagination.js';
import { trim } from '../../../platform/validation/transforms.js';
import { ContractSide } from '../../contracts/dto/contract.output.js';
import { REVIEW_TRIGGERS } from '../entities/review-cycle.entity.js';
import {
  COMMENT_MAX,
  PRIVATE_FEEDBACK_MAX,
  RATING_CATEGORIES,
  REPLY_MAX,
  REPORT_REASON_MAX,
} from '../reviews.rules.js';

export const ReviewTrigger = enumOf(REVIEW_TRIGGERS);
registerEnumType(ReviewTrigger, { name: 'ReviewTrigger' });
const CATEGORIES = [...new Set([...RATING_CATEGORIES.freelancer, ...RATING_CATEGORIES.client])];
export const RatingCategory = enumOf(CATEGORIES);
registerEnumType(RatingCategory, {
  name: 'RatingCategory',
  description:
    'A VA is rated on quality, communication, reliability and skills; a business on clear requirements, communication and prompt payment.',
});

@ObjectType('CategoryRating')
export class CategoryRating {
  @Field(() => RatingCategory)
  category: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  stars: number;
}

@ObjectType('Review', {
  description: 'One side of a review round. The other side sees it only once the round is revealed.',
})
export class Review {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => ContractSide, {
    description: 'Who wrote it: the business (about the VA) or the VA (about the business).',
  })
  authorSide: string;

  @Field({ description: 'The VA, or the business, that wrote it.' })
  authorName: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  overall: number;

  @Field(() => [CategoryRating])
  ratings: CategoryRating[];

  @Field({ description: 'Public; contact details are hidden.' })
  comment: string;

  @Field()
  wouldWorkAgain: boolean;

  @Field(() => String, { nullable: true, description: 'For Delegate only: its author and ops read it, nobody else.' })
  privateFeedback: string | null;

  @Field()
  submittedAt: Date;

  @Field(() => Date, { nullable: true })
  revealedAt: Date | null;

  @Field(() => String, { nullable: true, description: "The reviewee's one public answer." })
  reply: string | null;

  @Field(() => Date, { nullable: true })
  repliedAt: Date | null;

  @Field({ description: 'Hidden by Delegate for breaking the rules for reviews: left out of lists and reputation.' })
  hidden: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was hidden: its author and ops read it.' })
  hiddenReason: string | null;
}

export const ReviewPage = PageOf(Review, 'ReviewPage');

@ObjectType('ReviewCycle', { description: 'A round of reviews on a contract, as one side sees it.' })
export class ReviewCycle {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => ReviewTrigger)
  trigger: string;

  @Field(() => Int, { description: 'The period number of a periodic round; 0 when the contract ended.' })
  sequence: number;

  @Field({ description: 'The other side of the contract, by name.' })
  counterpartName: string;

  @Field()
  openedAt: Date;

  @Field({ description: 'The last moment to write; both reviews are revealed then, if not before.' })
  closesAt: Date;

  @Field(() => Date, { nullable: true })
  revealedAt: Date | null;

  @Field({ description: 'Whether the viewer may still write their side.' })
  canWrite: boolean;

  @Field({ description: 'Whether the other side has written (never what, before the reveal).' })
  counterpartWrote: boolean;

  @Field(() => Review, { nullable: true, description: "The viewer's side's review." })
  mine: Review | null;

  @Field(() => Review, { nullable: true, description: "The other side's review: null until revealed." })
  theirs: Review | null;
}

export const ReviewCyclePage = PageOf(ReviewCycle, 'ReviewCyclePage');

@ObjectType('ReviewReport')
export class ReviewReport {
  @Field(() => ID)
  id: string;

  @Field()
  reporterName: string;

  @Field()
  reason: string;

  @Field()
  createdAt: Date;
}

@ObjectType('ReportedReview', { description: 'A published review someone asked ops to look at.' })
export class ReportedReview {
  @Field(() => Review)
  review: Review;

  @Field({ description: 'The side reviewed, by name.' })
  aboutName: string;

  @Field(() => [ReviewReport])
  reports: ReviewReport[];
}

export const ReportedReviewPage = PageOf(ReportedReview, 'ReportedReviewPage');

@InputType()
export class CategoryRatingInput {
  @Field(() => RatingCategory)
  @IsIn(CATEGORIES)
  category: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  @IsInt()
  @Min(1)
  @Max(5)
  stars: number;
}

@InputType()
export class SubmitReviewInput {
  @Field(() => ID)
  @IsUUID()
  cycleId: string;

  @Field(() => Int, { description: '1 to 5 stars.' })
  @IsInt()
  @Min(1)
  @Max(5)
  overall: number;

  @Field(() => [CategoryRatingInput], { description: 'Every category of the side reviewed, once.' })
  @ValidateNested({ each: true })
  @Type(() => CategoryRatingInput)
  @ArrayMaxSize(CATEGORIES.length)
  ratings: CategoryRatingInput[];

  @Field({ description: `Public (1–${COMMENT_MAX} characters); contact details are hidden.` })
  @IsString()
  @Transform(trim)
  @Length(1, COMMENT_MAX)
  comment: string;

  @Field()
  @IsBoolean()
  wouldWorkAgain: boolean;

  @Field({ defaultValue: '', description: `For Delegate only (up to ${PRIVATE_FEEDBACK_MAX} characters).` })
  @IsString()
  @Transform(trim)
  @MaxLength(PRIVATE_FEEDBACK_MAX)
  privateFeedback: string;
}

@InputType()
export class ReplyToReviewInput {
  @Field(() => ID)
  @IsUUID()
  reviewId: string;

  @Field({ description: `Public (1–${REPLY_MAX} characters); contact details are hidden.` })
  @IsString()
  @Transform(trim)
  @Length(1, REPLY_MAX)
  reply: string;
}

@InputType()
export class ReportReviewInput {
  @Field(() => ID)
  @IsUUID()
  reviewId: string;

  @Field({ description: `Which rule it breaks (10–${REPORT_REASON_MAX} characters).` })
  @IsString()
  @Transform(trim)
  @Length(10, REPORT_REASON_MAX)
  reason: string;
}

@InputType()
export class ModerateReviewInput {
  @Field(() => ID)
  @IsUUID()
  reviewId: string;

  @Field({ description: 'Why (10–1,000 characters): the author reads it when a review is hidden.' })
  @IsString()
  @Transform(trim)
  @Length(10, 1_000)
  reason: string;
}

@ArgsType()
export class ReviewCyclesArgs extends PageArgs {
  @Field(() => Boolean, { nullable: true, description: 'Only rounds still open (true) or revealed (false).' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  contractId?: string;
}

@ArgsType()
export class FreelancerReviewsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  freelancerId: string;
}

@ArgsType()
export class OrganizationReviewsArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;
}
