import { Module } from '@nestjs/common';
import { JobsRepository } from './jobs.repository.js';
import { JobsResolver } from './jobs.resolver.js';
import { JobsService } from './jobs.service.js';

/** Job posts: what businesses need done, from draft to open to closed. Matching builds on it. */
@Module({
  providers: [JobsRepository, JobsService, JobsResolver],
  exports: [JobsService],
})
export class JobsModule {}
