import { Module } from '@nestjs/common';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { ProposalsNotifier } from './proposals.notifier.js';
import { ProposalsRepository } from './proposals.repository.js';
import { ProposalsResolver } from './proposals.resolver.js';
import { ProposalsService } from './proposals.service.js';

/** VAs' proposals for open jobs. Offers and contracts build on it. */
@Module({
  imports: [FreelancersModule, IdentityDataModule, JobsModule, MailModule, MatchingModule],
  providers: [ProposalsRepository, ProposalsService, ProposalsNotifier, ProposalsResolver],
  exports: [ProposalsService],
})
export class ProposalsModule {}
