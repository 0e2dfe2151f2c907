import { ArgsType, Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { enumOf } from '../../../platform/graphql/enum-of.js';

export const ReputationExclusion = enumOf([
  'abandoned_unfunded',
  'dispute_ruled_for_freelancer',
  'no_review',
  'review_hidden',
  'ongoing',
] as const);
registerEnumType(ReputationExclusion, {
  name: 'ReputationExclusion',
  description: 'Why a contract counts differently: each is explained on the "How reputation works" page.',
});

@ObjectType('WeightedRating')
export class WeightedRating {
  @Field(() => Int)
  stars: number;

  @Field(() => Float, { description: "The review's weight: the contract's value times its recency." })
  weight: number;
}

@ObjectType('ReputationContribution', { description: 'What one contract brought to a reputation, and why.' })
export class ReputationContribution {
  @Field(() => ID)
  contractId: string;

  @Field(() => [WeightedRating])
  ratings: WeightedRating[];

  @Field(() => Boolean, { nullable: true, description: 'Counted as a success or not; null when it did not count.' })
  success: boolean | null;

  @Field(() => [ReputationExclusion])
  exclusions: string[];
}

@ObjectType('Reputation', { description: "A VA's or a business's reputation by the published formula." })
export class Reputation {
  @Field(() => Int, { description: '0–100.' })
  score: number;

  @Field(() => Float, { description: 'The weighted average rating, pulled towards 4 when there are few reviews.' })
  rating: number;

  @Field(() => Float, { description: 'Contracts that ended well, pulled towards 90% when there are few.' })
  successRate: number;

  @Field(() => Int)
  reviewCount: number;

  @Field(() => Int)
  contractCount: number;

  @Field({ description: 'No history yet: the score is the neutral value.' })
  neutral: boolean;

  @Field(() => Date, { nullable: true })
  computedAt: Date | null;

  @Field(() => [ReputationContribution], {
    nullable: true,
    description: "Each contract's part: for the VA or business it describes, and ops; null for anyone else.",
  })
  contributions: ReputationContribution[] | null;
}

@ArgsType()
export class FreelancerReputationArgs {
  @Field(() => ID)
  @IsUUID()
  freelancerId: string;
}

@ArgsType()
export class OrganizationReputationArgs {
  @Field(() => ID)
  @IsUUID()
  organizationId: string;
}
