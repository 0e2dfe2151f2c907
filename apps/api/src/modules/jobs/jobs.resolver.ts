import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ClientActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { JobPost, JobPostPage, type LoadedJob, toJobPost } from './dto/job-post.output.js';
import { JobPostsArgs } from './dto/job-posts.args.js';
import { SaveJobPostInput } from './dto/save-job-post.input.js';
import { qualityWarnings } from './job-quality.js';
import { type JobScope, JobsService } from './jobs.service.js';

/** The organisation's job posts. Every read and write is scoped to the caller's organisation. */
@Resolver()
export class JobsResolver {
  constructor(private readonly jobs: JobsService) {}

  @Allow(Policies.client)
  @Query(() => JobPostPage, { description: "The organisation's job posts, most recently changed first." })
  async myJobPosts(@CurrentActor() actor: ClientActor, @Args() { status, offset, limit }: JobPostsArgs) {
    const { items, totalCount } = await this.jobs.list(actor.organizationId, status, { offset, limit });
    return { items: items.map(toOutput), totalCount };
  }

  @Allow(Policies.client)
  @Query(() => JobPost)
  async jobPost(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    return toOutput(await this.jobs.get(id, actor.organizationId));
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobPost, {
    description: 'Creates a draft, or saves a post whole (the app calls it as the client types).',
  })
  async saveJobPost(@CurrentActor() actor: ClientActor, @Args('input') input: SaveJobPostInput) {
    return toOutput(await this.jobs.save(scopeOf(actor), input));
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobPost, { description: 'Opens a draft to VAs for 30 days; quality advice must be acknowledged.' })
  async publishJobPost(
    @CurrentActor() actor: ClientActor,
    @Args('id', { type: () => ID }) id: string,
    @Args('acknowledgeWarnings', { type: () => Boolean, defaultValue: false }) acknowledgeWarnings: boolean,
  ) {
    return toOutput(await this.jobs.publish(scopeOf(actor), id, acknowledgeWarnings));
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobPost)
  async pauseJobPost(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    return toOutput(await this.jobs.pause(scopeOf(actor), id));
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobPost)
  async resumeJobPost(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    return toOutput(await this.jobs.resume(scopeOf(actor), id));
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobPost, { description: 'Keeps an open or paused post up for another full period from now.' })
  async renewJobPost(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    return toOutput(await this.jobs.renew(scopeOf(actor), id));
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => JobPost)
  async closeJobPost(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    return toOutput(await this.jobs.close(scopeOf(actor), id));
  }
}

function scopeOf(actor: ClientActor): JobScope {
  return { organizationId: actor.organizationId, userId: actor.userId };
}

function toOutput(loaded: LoadedJob): JobPost {
  const { job } = loaded;
  return {
    ...toJobPost(loaded),
    qualityWarnings: qualityWarnings(job).map((warning) => ({
      code: warning.code,
      fields: warning.code === 'contactDetails' ? warning.fields : ['tasks'],
    })),
  };
}
