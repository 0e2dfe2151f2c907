import { Args, ArgsType, Field, ID, Query, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PageArgs } from '../../platform/graphql/pagination.js';
import { FreelancersRepository } from '../freelancers/freelancers.repository.js';
import { JobMatchPage, toMatchedFreelancer } from './dto/job-match.output.js';
import { MatchingService } from './matching.service.js';
import { score } from './scoring.js';

type ClientActor = Extract<SignedInActor, { kind: 'client' }>;

@ArgsType()
class JobMatchesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;
}

/** What the organisation sees of the VAs matched to its jobs. */
@Resolver()
export class MatchingResolver {
  constructor(
    private readonly matching: MatchingService,
    private readonly freelancers: FreelancersRepository,
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
        // The stored features are scored again with the same definitions the ranking query used.
        return [
          {
            ...match,
            freelancer,
            factors: score(match.features).factors,
            facts: match.features,
          },
        ];
      }),
    };
  }
}
