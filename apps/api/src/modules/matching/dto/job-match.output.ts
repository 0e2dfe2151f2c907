import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import type { VaProfile } from '../../freelancers/freelancers.service.js';
import type { User } from '../../identity/users.service.js';
import { JobListing } from '../../jobs/dto/job-post.output.js';
import { FACTOR_NAMES } from '../scoring.js';

export const MatchFactor = enumOf(FACTOR_NAMES);
registerEnumType(MatchFactor, { name: 'MatchFactor' });

@ObjectType('MatchFactorScore', { description: 'Points one factor earned toward the score of 100.' })
export class MatchFactorScore {
  @Field(() => MatchFactor)
  factor: string;

  @Field(() => Float)
  points: number;

  @Field(() => Int)
  maxPoints: number;
}

@ObjectType('MatchFacts', { description: 'The measurements behind a score, for "why this VA" in plain words.' })
export class MatchFacts {
  @Field(() => Float, { description: 'Mean level of the must-have skills, beginner 0.25 to expert 1.' })
  mustLevel: number;

  @Field(() => Float, { description: 'Share of the must-have and nice-to-have skills with a tested badge.' })
  badgeShare: number;

  @Field(() => Float, { nullable: true, description: 'Share of the nice-to-have skills held.' })
  niceShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Share of the bonus skills held.' })
  bonusShare: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean CEFR steps above the level asked.' })
  languageMargin: number | null;

  @Field(() => Float, { nullable: true, description: "The VA's rate over the hourly budget, in one currency." })
  rateRatio: number | null;

  @Field(() => Int, { description: 'Minutes a day both working days overlap.' })
  overlapMinutes: number;

  @Field(() => Float, { description: 'Free weekly hours over the hours the job needs.' })
  capacityRatio: number;

  @Field(() => Int)
  vettingScore: number;

  @Field(() => Float, { nullable: true, description: 'Median hours to answer an invitation.' })
  responseHours: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Reputation by the published formula, 0–100; null for a VA with no history yet (counted as neutral).',
  })
  reputationScore: number | null;
}

@ObjectType('MatchedFreelancer')
export class MatchedFreelancer {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field()
  headline: string;

  @Field(() => String, { nullable: true })
  country: string | null;

  @Field()
  timeZone: string;

  @Field(() => Int, { nullable: true })
  hourlyRateMinor: number | null;

  @Field()
  currency: string;
}

/** The public face of a VA's profile, for lists of candidates. */
export function toMatchedFreelancer(profile: VaProfile & { user?: User }): MatchedFreelancer | null {
  if (!profile.user) return null;
  return {
    id: profile.userId,
    displayName: profile.user.displayName,
    headline: profile.headline,
    country: profile.country,
    timeZone: profile.user.timeZone,
    hourlyRateMinor: profile.hourlyRateMinor,
    currency: profile.currency,
  };
}

/** A score and why: the points per factor and the facts behind them. */
@ObjectType({ isAbstract: true })
export abstract class ScoredMatch {
  @Field(() => Float, { description: 'Out of 100.' })
  score: number;

  @Field(() => [MatchFactorScore])
  factors: MatchFactorScore[];

  @Field(() => MatchFacts)
  facts: MatchFacts;
}

/** A match and why: what the business and the VA each read about it. */
@ObjectType({ isAbstract: true })
abstract class ExplainedMatch extends ScoredMatch {
  @Field(() => Int, { nullable: true, description: '1 is best; null once an invited VA left the latest ranking.' })
  rank: number | null;

  @Field(() => Date, { nullable: true, description: 'When the VA was invited to send a proposal.' })
  invitedAt: Date | null;
}

@ObjectType('JobMatch', { description: 'An approved VA the ranking put forward for a job, and why.' })
export class JobMatch extends ExplainedMatch {
  @Field(() => MatchedFreelancer)
  freelancer: MatchedFreelancer;

  @Field()
  rankedAt: Date;
}

@ObjectType('JobRanking', { description: 'The latest ranking of a job and its time to candidates.' })
export class JobRanking {
  @Field()
  rankedAt: Date;

  @Field(() => Int, { description: 'VAs who met every demand, before the list was cut.' })
  qualifiedCount: number;

  @Field(() => Date, { nullable: true })
  firstMatchAt: Date | null;

  @Field(() => Date, { nullable: true })
  firstInviteAt: Date | null;

  @Field(() => Date, { nullable: true })
  firstProposalAt: Date | null;
}

@ObjectType('JobMatchPage')
export class JobMatchPage {
  @Field(() => [JobMatch])
  items: JobMatch[];

  @Field(() => Int)
  totalCount: number;

  @Field(() => JobRanking, { nullable: true, description: 'Null until the first ranking has run.' })
  ranking: JobRanking | null;
}

@ObjectType('JobFeedItem', { description: 'A post the VA was matched with or invited to, and why.' })
export class JobFeedItem extends ExplainedMatch {
  @Field(() => JobListing)
  listing: JobListing;
}

@ObjectType('JobFeedPage')
export class JobFeedPage {
  @Field(() => [JobFeedItem])
  items: JobFeedItem[];

  @Field(() => Int)
  totalCount: number;
}

@ObjectType('TimeToCandidates', { description: 'How fast posts published in a period met candidates.' })
export class TimeToCandidates {
  @Field(() => Int)
  published: number;

  @Field(() => Int, { description: 'Posts that got at least one match.' })
  matched: number;

  @Field(() => Int)
  invited: number;

  @Field(() => Int)
  proposed: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from publishing to the first match.' })
  medianMinutesToMatch: number | null;

  @Field(() => Float, { nullable: true })
  medianMinutesToInvite: number | null;

  @Field(() => Float, { nullable: true })
  medianMinutesToProposal: number | null;
}
