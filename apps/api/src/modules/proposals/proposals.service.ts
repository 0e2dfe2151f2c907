import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { localDate } from '../../platform/time/local-date.js';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { UsersService } from '../identity/users.service.js';
import type { JobPost } from '../jobs/jobs.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import type { Delivery } from '../mail/mail.service.js';
import { MatchingService } from '../matching/matching.service.js';
import type { SubmitProposalInput } from './dto/submit-proposal.input.js';
import type { DeclineReason, ProposalEntity, ProposalStatus } from './entities/proposal.entity.js';
import {
  AvailableFromPastError,
  JobClosedToProposalsError,
  NotApprovedError,
  ProposalExistsError,
  ProposalNotFoundError,
  ProposalStatusError,
  ScreeningAnswersError,
} from './proposals.errors.js';
import { ProposalsNotifier } from './proposals.notifier.js';
import { ProposalsRepository } from './proposals.repository.js';

/** VAs' proposals for open jobs: sending and withdrawing, the business's shortlist and declines, and who may read them. */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalsRepository,
    private readonly jobs: JobsService,
    private readonly freelancers: FreelancersService,
    private readonly matching: MatchingService,
    private readonly identity: UsersService,
    private readonly notifier: ProposalsNotifier,
  ) {}

  /** Sends a proposal for an open job, all or nothing; only approved VAs may. Returns its id. */
  async submit(freelancerId: string, input: SubmitProposalInput, now = new Date()): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.freelancers.profile(freelancerId, manager);
      if (loaded?.profile.vettingStage !== 'approved') throw new NotApprovedError();
      // "Today" is the VA's own: the date they read on their calendar.
      const freelancer = await this.identity.findUserById(freelancerId, manager);
      if (input.availableFrom < localDate(now, freelancer?.timeZone ?? 'UTC')) throw new AvailableFromPastError();
      const job = await this.jobs.lockPublished(input.jobId, manager);
      if (job.status !== 'open') throw new JobClosedToProposalsError(job.status);
      if (input.screeningAnswers.length !== job.screeningQuestions.length) {
        throw new ScreeningAnswersError(job.screeningQuestions.length);
      }
      const id = await this.repository.submit(freelancerId, input, job.currency, manager);
      if (!id) throw new ProposalExistsError();
      await this.matching.recordProposal(job.id, freelancerId, now, manager);
      return id;
    });
  }

  async withdraw(freelancerId: string, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      if (await this.repository.transition({ id, freelancerId }, ['submitted', 'shortlisted'], 'withdrawn', manager)) {
        return;
      }
      const proposal = await this.repository.findOne({ id, freelancerId }, manager);
      if (!proposal) throw new ProposalNotFoundError();
      throw new ProposalStatusError('withdrawn', proposal.status);
    });
  }

  /** Marks a proposal for a closer look; the VA sees it as shortlisted. */
  shortlist(organizationId: string, id: string): Promise<void> {
    return this.decide(organizationId, id, 'shortlisted', async () => undefined);
  }

  /** Declines a proposal with a reason the VA is told politely by e-mail. */
  async decline(organizationId: string, id: string, reason: DeclineReason): Promise<void> {
    let delivery: Delivery | undefined;
    await this.decide(organizationId, id, 'declined', async (proposal, job, manager) => {
      await this.repository.update(proposal.id, { declineReason: reason }, manager);
      const freelancer = await this.identity.findUserById(proposal.freelancerId, manager);
      if (freelancer) delivery = await this.notifier.declined(freelancer, job, reason, manager);
    });
    await delivery?.deliver();
  }

  /** For an offer: the organisation's live proposal, locked for the transaction, with its post. */
  async lockForOffer(organizationId: string, id: string, manager: EntityManager) {
    const { proposal, job } = await this.lockForOrganization(id, organizationId, manager);
    if (proposal.status !== 'submitted' && proposal.status !== 'shortlisted') {
      throw new ProposalStatusError('offered a contract', proposal.status);
    }
    return { proposal, job };
  }

  /** A proposal for one of the organisation's posts, locked, with its post; NOT_FOUND for anyone else's. */
  private async lockForOrganization(id: string, organizationId: string, manager: EntityManager) {
    const proposal = await this.repository.lock(id, manager);
    const job = proposal && (await this.jobs.posts([proposal.jobId], manager)).get(proposal.jobId);
    if (!proposal || job?.organizationId !== organizationId) throw new ProposalNotFoundError();
    return { proposal, job };
  }

  /** Each proposal's post, for showing proposals with what they answer. */
  jobsOf(proposals: ProposalEntity[]): Promise<Map<string, JobPost>> {
    return this.jobs.posts(proposals.map((proposal) => proposal.jobId));
  }

  /**
   * The VA accepted an offer on this proposal: only a live one can be, so an offer left pending on a
   * proposal withdrawn or declined since cannot turn into a contract.
   */
  async markHired(id: string, manager: EntityManager): Promise<void> {
    if (await this.repository.transition({ id }, ['submitted', 'shortlisted'], 'hired', manager)) return;
    const proposal = await this.repository.findOne({ id }, manager);
    throw new ProposalStatusError('hired', proposal?.status ?? 'withdrawn');
  }

  /** Moves an organisation's live proposal to `to`, then runs `also` in the same transaction. */
  private async decide(
    organizationId: string,
    id: string,
    to: 'shortlisted' | 'declined',
    also: (proposal: ProposalEntity, job: JobPost, manager: EntityManager) => Promise<void>,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const { proposal, job } = await this.lockForOrganization(id, organizationId, manager);
      const from: ProposalStatus[] = to === 'shortlisted' ? ['submitted'] : ['submitted', 'shortlisted'];
      if (!from.includes(proposal.status)) throw new ProposalStatusError(to, proposal.status);
      await this.repository.update(id, { status: to }, manager);
      await also(proposal, job, manager);
    });
  }

  /** The VA's own proposal. */
  async mine(freelancerId: string, id: string) {
    const proposal = await this.repository.findOne({ id, freelancerId });
    if (!proposal) throw new ProposalNotFoundError();
    return proposal;
  }

  mineForJob(freelancerId: string, jobId: string) {
    return this.repository.findOne({ jobId, freelancerId });
  }

  /** A proposal for one of the organisation's posts. */
  async forOrganization(organizationId: string, id: string) {
    const proposal = await this.repository.findOne({ id });
    const job = proposal && (await this.jobs.posts([proposal.jobId])).get(proposal.jobId);
    if (!proposal || job?.organizationId !== organizationId) throw new ProposalNotFoundError();
    return proposal;
  }

  /** How many proposals on each of these jobs wait for the business's answer. */
  unansweredByJob(jobIds: string[]): Promise<Map<string, number>> {
    return this.repository.unansweredByJob(jobIds);
  }

  listMine(freelancerId: string, page: { offset: number; limit: number }) {
    return this.repository.byFreelancer(freelancerId, page);
  }

  /** A job's proposals, for members of the organisation that posted it (others get NOT_FOUND). */
  async forJob(jobId: string, organizationId: string, page: { offset: number; limit: number }) {
    await this.jobs.get(jobId, organizationId);
    return this.repository.byJob(jobId, page);
  }
}
