import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { MoneyModule } from '../money/money.module.js';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { TimesheetsModule } from '../timesheets/timesheets.module.js';
import { DocumentsController } from './documents.controller.js';
import { InvoicingRepository } from './invoicing.repository.js';
import { InvoicingResolver } from './invoicing.resolver.js';
import { InvoicingService } from './invoicing.service.js';

/** Invoices for businesses and earnings statements for VAs, one of each per release, with their PDFs. */
@Module({
  imports: [
    BillingModule,
    ContractsModule,
    FreelancersModule,
    IdentityDataModule,
    JobsModule,
    MoneyModule,
    OrganizationsModule,
    TimesheetsModule,
  ],
  controllers: [DocumentsController],
  providers: [InvoicingRepository, InvoicingService, InvoicingResolver],
  exports: [InvoicingService],
})
export class InvoicingModule {}
