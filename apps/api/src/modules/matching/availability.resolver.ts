import { Args, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsInt, IsISO8601, IsOptional, Max, Min } from 'class-validator';
import type { FreelancerActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { MatchingService } from './matching.service.js';

@ObjectType('Availability', {
  description: 'How many hours a week the VA can take on: capacity less the hours active contracts commit; and leave.',
})
export class AvailabilityOutput {
  @Field(() => Int)
  weeklyCapacityHours: number;

  @Field(() => Int, { description: "Hourly contracts' weekly limits (unless paused) and retainers' weekly share." })
  committedHours: number;

  @Field(() => Int, { description: 'What matching ranks the VA by for new work.' })
  freeHours: number;

  @Field(() => String, { nullable: true })
  leaveFrom: string | null;

  @Field(() => String, { nullable: true })
  leaveUntil: string | null;

  @Field({ description: 'On leave today: no new invitations, and matching skips the VA.' })
  onLeave: boolean;
}

@InputType()
class AvailabilityInput {
  @Field(() => Int, { description: 'Hours a week the VA works in all (1–80).' })
  @IsInt()
  @Min(1)
  @Max(80)
  weeklyCapacityHours: number;

  @Field(() => String, { nullable: true, description: 'First day of leave (YYYY-MM-DD), with `leaveUntil`.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  leaveFrom: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of leave.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  leaveUntil: string | null;
}

/** A VA's availability for new work: weekly capacity and leave. */
@Resolver()
export class AvailabilityResolver {
  constructor(private readonly matching: MatchingService) {}

  @Allow(Policies.freelancer)
  @Query(() => AvailabilityOutput)
  myAvailability(@CurrentActor() actor: FreelancerActor) {
    return this.matching.availability(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => AvailabilityOutput, { description: 'Sets weekly capacity and leave; matching reads them at once.' })
  setAvailability(@CurrentActor() actor: FreelancerActor, @Args('input') input: AvailabilityInput) {
    return this.matching.setAvailability(actor.userId, {
      weeklyCapacityHours: input.weeklyCapacityHours,
      leaveFrom: input.leaveFrom?.slice(0, 10) ?? null,
      leaveUntil: input.leaveUntil?.slice(0, 10) ?? null,
    });
  }
}
