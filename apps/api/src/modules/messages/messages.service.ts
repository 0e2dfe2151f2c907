import { Injectable } from '@nestjs/common';
import type { PartyActor } from '../../platform/access/actor.js';
import { type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { ContractsService } from '../contracts/contracts.service.js';
import { UsersService } from '../identity/users.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { ProposalsService } from '../proposals/proposals.service.js';
import type { JobMessage } from './dto/job-message.dto.js';
import type { JobMessageEntity } from './entities/job-message.entity.js';
import { ThreadNotFoundError, ThreadVaRequiredError } from './messages.errors.js';
import { MessagesRepository } from './messages.repository.js';

/**
 * One simple thread per job and VA (the messaging issue builds the full inbox). A thread exists once
 * the VA sent a proposal; before a contract, contact details are hidden on both sides so the hire
 * and its payment stay protected.
 */
@Injectable()
export class MessagesService {
  /** Messages one person writes, and one side receives, in an hour. */
  private readonly perSender: RateLimit;
  private readonly perRecipient: RateLimit;

  constructor(
    private readonly repository: MessagesRepository,
    private readonly jobs: JobsService,
    private readonly proposals: ProposalsService,
    private readonly contracts: ContractsService,
    private readonly users: UsersService,
    limits: RateLimits,
  ) {
    this.perSender = limits.limit({ name: 'message-sender', points: 60, durationSeconds: 3_600 });
    this.perRecipient = limits.limit({ name: 'message-recipient', points: 120, durationSeconds: 3_600 });
  }

  async send(
    actor: PartyActor,
    thread: { jobId: string; freelancerId?: string | null },
    body: string,
  ): Promise<JobMessage> {
    const freelancerId = await this.openThread(actor, thread);
    await this.perSender.consume(actor.userId);
    // The other side: the VA when the business writes, the business's job thread when the VA does.
    await this.perRecipient.consume(actor.kind === 'client' ? freelancerId : `job:${thread.jobId}`);
    const message = await this.repository.insert({ jobId: thread.jobId, freelancerId, authorId: actor.userId, body });
    const [output] = await this.toOutputs([message], await this.contracts.hasContract(thread.jobId, freelancerId));
    return output as JobMessage;
  }

  async read(
    actor: PartyActor,
    thread: { jobId: string; freelancerId?: string | null },
    page: { offset: number; limit: number },
  ): Promise<{ items: JobMessage[]; totalCount: number }> {
    const freelancerId = await this.openThread(actor, thread);
    const [[messages, totalCount], hired] = [
      await this.repository.thread(thread.jobId, freelancerId, page),
      await this.contracts.hasContract(thread.jobId, freelancerId),
    ];
    return {
      totalCount,
      // Pages count back from the newest message; each page reads in the order it was written.
      items: await this.toOutputs(messages.reverse(), hired),
    };
  }

  /**
   * The thread between a contract's business and VA, for ops weighing a dispute: ops read any, in
   * full (the two sides have a contract, so nothing is masked).
   */
  async threadForOps(jobId: string, freelancerId: string, page: { offset: number; limit: number }) {
    const [messages, totalCount] = await this.repository.thread(jobId, freelancerId, page);
    return { totalCount, items: await this.toOutputs(messages.reverse(), true) };
  }

  /** The VA of the thread the actor may use: their own, or one who proposed for the organisation's job. */
  /** Messages as their readers see them: masked before a contract, each with its author's name. */
  private async toOutputs(messages: JobMessageEntity[], hired: boolean): Promise<JobMessage[]> {
    const names = await this.users.displayNames(messages.map((message) => message.authorId));
    return messages.map((message) => ({
      id: message.id,
      body: hired ? message.body : message.masked.body,
      authorName: names.get(message.authorId) ?? '',
      fromFreelancer: message.authorId === message.freelancerId,
      createdAt: message.createdAt,
    }));
  }

  private async openThread(actor: PartyActor, thread: { jobId: string; freelancerId?: string | null }) {
    let freelancerId: string;
    if (actor.kind === 'client') {
      if (!thread.freelancerId) throw new ThreadVaRequiredError();
      await this.jobs.get(thread.jobId, actor.organizationId);
      freelancerId = thread.freelancerId;
    } else {
      freelancerId = actor.userId;
    }
    if (!(await this.proposals.mineForJob(freelancerId, thread.jobId))) throw new ThreadNotFoundError();
    return freelancerId;
  }
}
