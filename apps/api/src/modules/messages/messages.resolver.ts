import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { PartyActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { JobMessage, JobMessagePage, JobThreadArgs, SendJobMessageInput } from './dto/job-message.dto.js';
import { MessagesService } from './messages.service.js';

/** The thread between a job's organisation and a VA who proposed. */
@Resolver()
export class MessagesResolver {
  constructor(private readonly messages: MessagesService) {}

  @Allow(Policies.hiringParties)
  @Mutation(() => JobMessage, { description: 'Writes in the thread of a job and a VA who sent a proposal for it.' })
  sendJobMessage(@CurrentActor() actor: PartyActor, @Args('input') { jobId, freelancerId, body }: SendJobMessageInput) {
    return this.messages.send(actor, { jobId, freelancerId }, body);
  }

  @Allow(Policies.parties)
  @Query(() => JobMessagePage, {
    description: 'A thread: offset 0 is the newest page; each page lists its messages oldest first.',
  })
  jobThread(@CurrentActor() actor: PartyActor, @Args() { jobId, freelancerId, offset, limit }: JobThreadArgs) {
    return this.messages.read(actor, { jobId, freelancerId }, { offset, limit });
  }
}
