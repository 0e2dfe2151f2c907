import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ClientActor, FreelancerActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { assertPeriod, PeriodArgs } from '../../platform/graphql/period.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { type ListedJob, toJobListing } from '../jobs/dto/job-post.output.js';
import {
  JobFeedItem,
  JobFeedPage,
  JobMatchPage,
  TimeToCandidates,
  toMatchedFreelancer,
} from './dto/job-match.output.js';
import type { JobMatchEntity } from './entities/job-match.entity.js';
import { MatchingService } from './matching.service.js';
import { score } from './scoring.js';

@ArgsType()
class JobMatchesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;
}

/** What the organisation sees of the VAs matched to its jobs, and what each VA sees of their matches. */
@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly freelancers: FreelancersService,
  ) {}

  @Allow(Policies.client)
  @Query(() => JobMatchPage, { description: "A job's matched VAs, best first, each with the reasons for the score." })
  async jobMatches(@CurrentActor() actor: ClientActor, @Args() { jobId, offset, limit }: JobMatchesArgs) {
    const { items, totalCount, ranking } = await this.matching.matches(jobId, actor.organizationId, { offset, limit });
    const profiles = new Map(
      (await this.freelancers.profilesWithUser(items.map((item) => item.freelancerId))).map((profile) => [
        profile.userId,
        profile,
      ]),
    );
    return {
      totalCount,
      ranking,
      items: items.flatMap((match) => {
        const profile = profiles.get(match.freelancerId);
        const freelancer = profile && toMatchedFreelancer(profile);
        if (!freelancer) return [];
        return [
          {
            ...match,
            freelancer,
            ...reasons(match),
          },
        ];
      }),
    };
  }

  @Allow(Policies.ops)
  @Query(() => TimeToCandidates, { description: 'Medians from publishing to first match, invitation and proposal.' })
  timeToCandidates(@Args() period: PeriodArgs) {
    assertPeriod(period);
    return this.matching.timeToCandidates(period.from, period.to);
  }

  @Allow(Policies.freelancer)
  @Query(() => JobFeedPage, { description: 'Open posts the VA was invited to (newest first), then matched with.' })
  async jobFeed(@CurrentActor() actor: FreelancerActor, @Args() { offset, limit }: PageArgs) {
    const { items, totalCount } = await this.matching.feed(actor.userId, { offset, limit });
    return { totalCount, items: items.map(toFeedItem) };
  }

  @Allow(Policies.freelancer)
  @Query(() => JobFeedItem, { nullable: true, description: 'Why the VA was matched with a post; null if not.' })
  async myJobMatch(@CurrentActor() actor: FreelancerActor, @Args('jobId', { type: () => ID }) jobId: string) {
    const found = await this.matching.mine(actor.userId, jobId);
    return found && toFeedItem(found);
  }
}

/** The stored features scored again with the same definitions the ranking query used. */
function reasons(match: JobMatchEntity) {
  return { factors: score(match.features).factors, facts: match.features };
}

function toFeedItem({ match, listing }: { match: JobMatchEntity; listing: ListedJob }): JobFeedItem {
  return { ...match, ...reasons(match), listing: toJobListing(listing) };
}
