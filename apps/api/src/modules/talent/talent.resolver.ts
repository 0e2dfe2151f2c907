import { Args, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { NotFoundError } from '../../platform/errors/app-error.js';
import { VaProfile, VaProfileArgs, WorkingOverlap, WorkingOverlapArgs } from './dto/va-profile.output.js';
import { TalentService } from './talent.service.js';

/** Approved VAs as businesses see them. */
@Resolver(() => VaProfile)
export class TalentResolver {
  constructor(private readonly talent: TalentService) {}

  @Allow(Policies.signedIn)
  @Query(() => VaProfile, {
    description: "An approved VA's profile for businesses and ops (a VA may read only their own).",
  })
  async vaProfile(@CurrentActor() actor: SignedInActor, @Args() { freelancerId, currency }: VaProfileArgs) {
    // VAs do not browse each other: a VA reads the profile businesses see of themselves only.
    if (actor.kind === 'freelancer' && actor.userId !== freelancerId) throw new NotFoundError('No such VA.');
    return this.talent.profile(freelancerId, currency?.toUpperCase() ?? null);
  }

  @ResolveField(() => WorkingOverlap)
  overlap(@Parent() va: VaProfile, @CurrentActor() actor: SignedInActor, @Args() { jobId }: WorkingOverlapArgs) {
    return this.talent.overlap(va, actor, jobId);
  }
}
