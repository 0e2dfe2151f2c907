import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { FreelancerProfile, Skill } from './dto/freelancer-profile.output.js';
import { SaveFreelancerProfileInput } from './dto/save-freelancer-profile.input.js';
import { FreelancersService } from './freelancers.service.js';

@Resolver()
export class FreelancersResolver {
  constructor(private readonly freelancers: FreelancersService) {}

  @Allow(Policies.signedIn)
  @Query(() => [Skill], { description: 'The curated skill list, optionally filtered by name.' })
  skills(@Args('search', { nullable: true }) search?: string) {
    return this.freelancers.skills(search);
  }

  @Allow(Policies.freelancer)
  @Query(() => FreelancerProfile, {
    nullable: true,
    description: "The caller's own profile; null before the first save.",
  })
  async myFreelancerProfile(@CurrentActor() actor: SignedInActor) {
    const found = await this.freelancers.profile(actor.userId);
    return found && this.freelancers.toOutput(found);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => FreelancerProfile, { description: 'Saves the profile draft (the apps call it as the VA types).' })
  async saveFreelancerProfile(@CurrentActor() actor: SignedInActor, @Args('input') input: SaveFreelancerProfileInput) {
    return this.freelancers.toOutput(await this.freelancers.saveDraft(actor.userId, input));
  }
}
