import { Module } from '@nestjs/common';
import { FileStorage } from '../../platform/storage/file-storage.js';
import { ApprovalsModule } from '../approvals/approvals.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { MoneyModule } from '../money/money.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { ContractViews } from './contract-views.js';
import { ContractsNotifier } from './contracts.notifier.js';
import { ContractsRepository } from './contracts.repository.js';
import { ContractsResolver } from './contracts.resolver.js';
import { ContractsService } from './contracts.service.js';
import { HandInFilesController } from './hand-in-files.controller.js';
import { HandInFilesRepository } from './hand-in-files.repository.js';
import { HandInFilesService } from './hand-in-files.service.js';
import { HourlyContractsResolver } from './hourly-contracts.resolver.js';
import { HourlyContractsService } from './hourly-contracts.service.js';
import { MilestonesService } from './milestones.service.js';
import { ReleaseRemindersService } from './release-reminders.service.js';
import { RetainersService } from './retainers.service.js';

/**
 * Offers on proposals, the contracts they become, and their milestones' lifecycle (the one transition
 * table), hand-ins and reminders. Escrow, disputes and payments build on it.
 */
@Module({
  imports: [
    ApprovalsModule,
    AuditModule,
    FreelancersModule,
    IdentityDataModule,
    JobsModule,
    MailModule,
    MatchingModule,
    MoneyModule,
    OrganizationsModule,
    ProposalsModule,
  ],
  controllers: [HandInFilesController],
  providers: [
    FileStorage,
    ContractsRepository,
    ContractsService,
    ContractViews,
    ContractsNotifier,
    ContractsResolver,
    HandInFilesRepository,
    HandInFilesService,
    HourlyContractsResolver,
    HourlyContractsService,
    MilestonesService,
    ReleaseRemindersService,
    RetainersService,
  ],
  exports: [ContractsService, ContractViews, HandInFilesService, HourlyContractsService, MilestonesService],
})
export class ContractsModule {}
