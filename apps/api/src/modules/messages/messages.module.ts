import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { MessagesRepository } from './messages.repository.js';
import { MessagesResolver } from './messages.resolver.js';
import { MessagesService } from './messages.service.js';

/** A simple thread per job and VA, from the VA's proposal on. */
@Module({
  imports: [ContractsModule, IdentityDataModule, JobsModule, ProposalsModule],
  providers: [MessagesRepository, MessagesService, MessagesResolver],
  exports: [MessagesService],
})
export class MessagesModule {}
