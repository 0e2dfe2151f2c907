import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { FreelancersService } from '../freelancers/freelancers.service.js';
import { JobsService } from '../jobs/jobs.service.js';
import { MatchingService } from '../matching/matching.service.js';
import type { SubmitProposalInput } from './dto/submit-proposal.input.js';
import {
  JobClosedToProposalsError,
  NotApprovedError,
  ProposalExistsError,
  ProposalNotFoundError,
  ProposalStatusError,
  ScreeningAnswersError,
} from './proposals.errors.js';
import { ProposalsRepository } from './proposals.repository.js';

/** VAs' proposals for open jobs: sending, withdrawing, and who may read them. */
@Injectable()
export class ProposalsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProposalsRepository,
    private readonly jobs: JobsService,
    private readonly freelancers: FreelancersService,
    private readonly matching: MatchingService,
  ) {}

  /** Sends a proposal for an open job, all or nothing; only approved VAs may. Returns its id. */
  async submit(freelancerId: string, input: SubmitProposalInput, now = new Date()): Promise<string> {
    return this.dataSource.transaction(async (manager) => {
      const loaded = await this.freelancers.profile(freelancerId, manager);
      if (loaded?.profile.vettingStage !== 'approved') throw new NotApprovedError();
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
      const proposal = await this.repository.find({ id, freelancerId }, manager);
      if (!proposal) throw new ProposalNotFoundError();
      throw new ProposalStatusError('withdrawn', proposal.status);
    });
  }

  /** The VA's own proposal. */
  async mine(freelancerId: string, id: string) {
    const proposal = await this.repository.find({ id, freelancerId });
    if (!proposal) throw new ProposalNotFoundError();
    return proposal;
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
