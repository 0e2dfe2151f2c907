import { Args, ID, Mutation, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { ApplicationsService } from './applications.service.js';
import { MyVettingApplication, VettingApplication } from './dto/application.output.js';
import { ProposeInterviewInput } from './dto/vetting.input.js';
import { InterviewsService } from './interviews.service.js';
import { VettingViewsService } from './vetting-views.service.js';

@Resolver()
export class InterviewsResolver {
  constructor(
    private readonly interviews: InterviewsService,
    private readonly applications: ApplicationsService,
    private readonly views: VettingViewsService,
  ) {}

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, {
    description: 'Offers interview times (replacing unbooked ones); the VA is e-mailed.',
  })
  async proposeInterviewSlots(@CurrentActor() actor: SignedInActor, @Args('input') input: ProposeInterviewInput) {
    await this.interviews.propose(input.applicationId, actor.userId, input);
    return this.views.opsApplication(await this.applications.detail(input.applicationId));
  }

  @Allow(Policies.freelancer)
  @Mutation(() => MyVettingApplication, { description: 'Books one of the offered interview times.' })
  async bookInterviewSlot(@CurrentActor() actor: SignedInActor, @Args('slotId', { type: () => ID }) slotId: string) {
    await this.interviews.book(slotId, actor.userId);
    return this.views.myApplication(actor.userId);
  }
}
