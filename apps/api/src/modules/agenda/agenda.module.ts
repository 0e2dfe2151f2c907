import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MatchingModule } from '../matching/matching.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { TimesheetsModule } from '../timesheets/timesheets.module.js';
import { AgendaResolver } from './agenda.resolver.js';
import { AgendaService } from './agenda.service.js';

/** What waits for someone, read from the features that own it (no tables of its own). */
@Module({
  imports: [
    ApprovalsModule,
    BillingModule,
    ContractsModule,
    IdentityDataModule,
    JobsModule,
    MatchingModule,
    OrganizationsModule,
    ProposalsModule,
    TimesheetsModule,
  ],
  providers: [AgendaService, AgendaResolver],
})
export class AgendaModule {}
