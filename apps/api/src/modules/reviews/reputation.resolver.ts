import { Args, Query, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { FreelancerReputationArgs, OrganizationReputationArgs, Reputation } from './dto/reputation.dto.js';
import { ReputationService, type StoredReputation } from './reputation.service.js';

/** Reputations by the published formula: anyone signed in reads the score; its own subject and ops read why. */
@Resolver()
export class ReputationResolver {
  constructor(private readonly reputations: ReputationService) {}

  @Allow(Policies.signedIn)
  @Query(() => Reputation)
  async freelancerReputation(@CurrentActor() actor: SignedInActor, @Args() { freelancerId }: FreelancerReputationArgs) {
    const found = (await this.reputations.of('freelancer', [freelancerId])).get(freelancerId) as StoredReputation;
    const explained = actor.kind === 'ops' || (actor.kind === 'freelancer' && actor.userId === freelancerId);
    return toReputation(found, explained);
  }

  @Allow(Policies.signedIn)
  @Query(() => Reputation)
  async organizationReputation(
    @CurrentActor() actor: SignedInActor,
    @Args() { organizationId }: OrganizationReputationArgs,
  ) {
    const found = (await this.reputations.of('organization', [organizationId])).get(organizationId) as StoredReputation;
    const explained = actor.kind === 'ops' || (actor.kind === 'client' && actor.organizationId === organizationId);
    return toReputation(found, explained);
  }
}

function toReputation(reputation: StoredReputation, explained: boolean): Reputation {
  return { ...reputation, contributions: explained ? reputation.contributions : null };
}
