import { Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { PayoutAccount, Payouts } from './dto/payouts.output.js';
import { PayoutsService } from './payouts.service.js';

type FreelancerActor = Extract<SignedInActor, { kind: 'freelancer' }>;

/** A VA's own payouts: the account that receives money, what is owed, what was paid. */
@Resolver()
export class PayoutsResolver {
  constructor(private readonly payouts: PayoutsService) {}

  @Allow(Policies.freelancer)
  @Query(() => Payouts)
  async myPayouts(@CurrentActor() actor: FreelancerActor): Promise<Payouts> {
    const [account, summary] = [await this.payouts.account(actor.userId), await this.payouts.summary(actor.userId)];
    return { account, ...summary };
  }

  @Allow(Policies.freelancer)
  @Mutation(() => String, { description: "A one-time link to the payment provider's onboarding forms." })
  startPayoutOnboarding(@CurrentActor() actor: FreelancerActor): Promise<string> {
    return this.payouts.startOnboarding(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => PayoutAccount, {
    nullable: true,
    description: 'Reads the account back from the provider (after onboarding); waiting transfers go out once enabled.',
  })
  refreshPayoutAccount(@CurrentActor() actor: FreelancerActor) {
    return this.payouts.refresh(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => PayoutAccount, { nullable: true, description: "Completes the sandbox's stand-in onboarding." })
  completeSandboxOnboarding(@CurrentActor() actor: FreelancerActor) {
    return this.payouts.completeSandboxOnboarding(actor.userId);
  }
}
