import { Module } from '@nestjs/common';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MailModule } from '../mail/mail.module.js';
import { JobExpiryService } from './job-expiry.service.js';
import { JobListingsResolver } from './job-listings.resolver.js';
import { JobsRepository } from './jobs.repository.js';
import { JobsResolver } from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';

/** Job posts: what businesses need done, from draft to open to closed or expired. Matching builds on it. */
@Module({
  imports: [FreelancersModule, IdentityDataModule, MailModule],
  providers: [JobsRepository, JobsService, JobsResolver, JobListingsResolver, JobExpiryService],
  exports: [JobsService],
})
export class JobsModule {}
