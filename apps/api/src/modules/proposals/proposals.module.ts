import { Module } from '@nestjs/common';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { ProposalsRepository } from './proposals.repository.js';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';

/** VAs' proposals for open jobs. Offers and contracts build on it. */
@Module({
  imports: [FreelancersModule, JobsModule, MatchingModule],
  providers: [ProposalsRepository, ProposalsService, ProposalsResolver],
})
export class ProposalsModule {}
