import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { SignedInActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { assertPeriod, PeriodArgs } from '../../platform/graphql/period.js';
import { ApplicationsService } from './applications.service.js';
import {
  MyVettingApplication,
  VettingApplication,
  VettingFunnel,
  VettingQueuePage,
  VettingStageInfo,
  VettingStageSummary,
} from './dto/application.output.js';
import {
  AdvanceApplicationInput,
  ApproveApplicationInput,
  RejectApplicationInput,
  ReopenApplicationInput,
  ReturnApplicationInput,
  VettingQueueArgs,
} from './dto/vetting.input.js';
import { VettingViewsService } from './vetting-views.service.js';

/** The application: the VA applies and follows it; ops work the queues and decide. */
@Resolver()
export class VettingResolver {
  constructor(
    private readonly applications: ApplicationsService,
    private readonly views: VettingViewsService,
  ) {}

  @Allow(Policies.freelancer)
  @Query(() => MyVettingApplication, {
    nullable: true,
    description: "The caller's newest application; null before applying.",
  })
  myVettingApplication(@CurrentActor() actor: SignedInActor) {
    return this.views.myApplication(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => MyVettingApplication, {
    description: 'Applies with the current profile, or resubmits an application ops sent back.',
  })
  async submitVettingApplication(@CurrentActor() actor: SignedInActor) {
    await this.applications.submit(actor.userId);
    return this.views.myApplication(actor.userId);
  }

  @Allow(Policies.ops)
  @Query(() => [VettingStageInfo], { description: 'The pipeline: stages, their SLA and scorecard criteria.' })
  vettingStages() {
    return this.views.stages();
  }

  @Allow(Policies.ops)
  @Query(() => [VettingStageSummary], { description: 'Applications in review per stage, with SLA counts.' })
  vettingStageSummaries() {
    return this.views.stageSummaries();
  }

  @Allow(Policies.ops)
  @Query(() => VettingQueuePage, { description: 'A stage queue, oldest first.' })
  vettingQueue(@CurrentActor() actor: SignedInActor, @Args() args: VettingQueueArgs) {
    return this.views.queue(
      {
        stage: args.stage,
        status: args.returned ? 'returned' : 'in_review',
        assignment: args.assignment,
        opsUserId: actor.userId,
        search: args.search,
      },
      { offset: args.offset, limit: args.limit },
    );
  }

  @Allow(Policies.ops)
  @Query(() => VettingApplication)
  async vettingApplication(@Args('id', { type: () => ID }) id: string) {
    return this.views.opsApplication(await this.applications.detail(id));
  }

  @Allow(Policies.ops)
  @Query(() => VettingFunnel, {
    description: 'Pass rates and times per stage for applications submitted in the period.',
  })
  vettingFunnel(@Args() period: PeriodArgs) {
    assertPeriod(period);
    return this.views.funnel(period.from, period.to);
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, {
    description: 'Takes the application to work on; `takeOver` takes it from a colleague.',
  })
  async claimVettingApplication(
    @CurrentActor() actor: SignedInActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('takeOver', { type: () => Boolean, defaultValue: false }) takeOver: boolean,
  ) {
    return this.view(await this.applications.claim(id, actor.userId, takeOver));
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, { description: 'Passes the current stage with its scorecard.' })
  async advanceVettingApplication(@CurrentActor() actor: SignedInActor, @Args('input') input: AdvanceApplicationInput) {
    return this.view(await this.applications.advance(input.applicationId, actor.userId, input.scorecard, input.notes));
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, { description: 'Sends the application back to the VA with a request.' })
  async returnVettingApplication(@CurrentActor() actor: SignedInActor, @Args('input') input: ReturnApplicationInput) {
    return this.view(await this.applications.sendBack(input.applicationId, actor.userId, input.request));
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication)
  async rejectVettingApplication(@CurrentActor() actor: SignedInActor, @Args('input') input: RejectApplicationInput) {
    return this.view(await this.applications.reject(input.applicationId, actor.userId, input));
  }

  @Allow(Policies.ops)
  @Mutation(() => VettingApplication, { description: 'The final decision: sets the vetting score and badges.' })
  async approveVettingApplication(@CurrentActor() actor: SignedInActor, @Args('input') input: ApproveApplicationInput) {
    return this.view(await this.applications.approve(input.applicationId, actor.userId, input.notes));
  }

  @Allow(Policies.opsAdmin)
  @Mutation(() => VettingApplication, { description: 'Reopens a decided application at the decision stage (audited).' })
  async reopenVettingApplication(@CurrentActor() actor: SignedInActor, @Args('input') input: ReopenApplicationInput) {
    return this.view(await this.applications.reopen(input.applicationId, actor.userId, input.reason));
  }

  private async view(application: { id: string }) {
    return this.views.opsApplication(await this.applications.detail(application.id));
  }
}
