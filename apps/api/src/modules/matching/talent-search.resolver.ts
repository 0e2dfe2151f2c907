import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ClientActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { NotFoundError } from '../../platform/errors/app-error.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { JobMatch, toMatchedFreelancer } from './dto/job-match.output.js';
import { InviteToJobArgs, TalentSearchArgs, TalentSearchPage } from './dto/talent-search.dto.js';
import { score } from './scoring.js';
import { TalentSearchService } from './talent-search.service.js';

/** Businesses search the vetted pool and invite a VA they found to a post. */
@Resolver()
export class TalentSearchResolver {
  constructor(
    private readonly talent: TalentSearchService,
    private readonly freelancers: FreelancersService,
  ) {}

  @Allow(Policies.clientHiring)
  @Query(() => TalentSearchPage, {
    description: 'Approved VAs who meet the filters, ranked as for a post, each with the reasons.',
  })
  async searchTalent(@CurrentActor() actor: ClientActor, @Args() { search, offset, limit }: TalentSearchArgs) {
    const { matches, totalCount } = await this.talent.search(actor, search, { offset, limit });
    const profiles = await this.profiles(matches.map((match) => match.freelancerId));
    return {
      totalCount,
      items: matches.flatMap((match) => {
        const freelancer = profiles.get(match.freelancerId);
        return freelancer ? [{ freelancer, score: match.score, ...reasons(match.features) }] : [];
      }),
    };
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobMatch, {
    description: "Invites a VA to one of the organisation's open posts (once; asking again changes nothing).",
  })
  async inviteToJob(@CurrentActor() actor: ClientActor, @Args() { jobId, freelancerId }: InviteToJobArgs) {
    const match = await this.talent.invite(actor, jobId, freelancerId);
    const freelancer = match && (await this.profiles([match.freelancerId])).get(match.freelancerId);
    if (!match || !freelancer) throw new NotFoundError('No such VA.');
    return { ...match, freelancer, ...reasons(match.features) };
  }

  private async profiles(userIds: string[]) {
    const profiles = await this.freelancers.profilesWithUser(userIds);
    return new Map(
      profiles.flatMap((profile) => {
        const freelancer = toMatchedFreelancer(profile);
        return freelancer ? [[profile.userId, freelancer] as const] : [];
      }),
    );
  }
}

function reasons(features: Parameters<typeof score>[0]) {
  return { factors: score(features).factors, facts: features };
}
