import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { AppConfig } from './config/config.js';
import { ConfigModule } from './config/config.module.js';
import { dataSourceOptions } from './database/data-source.js';
import { AgendaModule } from './modules/agenda/agenda.module.js';
import { ApprovalsModule } from './modules/approvals/approvals.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { BillingModule } from './modules/billing/billing.module.js';
import { ClientRecordModule } from './modules/client-record/client-record.module.js';
import { ContractsModule } from './modules/contracts/contracts.module.js';
import { DisputesModule } from './modules/disputes/disputes.module.js';
import { EscrowModule } from './modules/escrow/escrow.module.js';
import { FreelancersModule } from './modules/freelancers/freelancers.module.js';
import { AccountNamesModule } from './modules/identity/account-names.module.js';
import { IdentityModule } from './modules/identity/identity.module.js';
import { InvoicingModule } from './modules/invoicing/invoicing.module.js';
import { JobsModule } from './modules/jobs/jobs.module.js';
import { MailModule } from './modules/mail/mail.module.js';
import { MatchingModule } from './modules/matching/matching.module.js';
import { MessagesModule } from './modules/messages/messages.module.js';
import { MoneyModule } from './modules/money/money.module.js';
import { OrganizationsModule } from './modules/organizations/organizations.module.js';
import { PayoutsModule } from './modules/payouts/payouts.module.js';
import { ProposalsModule } from './modules/proposals/proposals.module.js';
import { ReconciliationModule } from './modules/reconciliation/reconciliation.module.js';
import { ReviewsModule } from './modules/reviews/reviews.module.js';
import { TalentModule } from './modules/talent/talent.module.js';
import { TimesheetsModule } from './modules/timesheets/timesheets.module.js';
import { VettingModule } from './modules/vetting/vetting.module.js';
import { WebhooksModule } from './modules/webhooks/webhooks.module.js';
import { AccessGuard } from './platform/access/access.guard.js';
import { BackgroundModule } from './platform/background/background.module.js';
import { GraphqlErrorFilter } from './platform/errors/graphql-error-filter.js';
import { createValidationPipe } from './platform/errors/validation-pipe.js';
import { GraphqlModule } from './platform/graphql/graphql-driver.js';
import { HealthController } from './platform/http/health.controller.js';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module.js';

@Module({})
export class AppModule {
  /** `databaseUrl` is resolved before boot: a real server, or the embedded one started by main. */
  static forRoot(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        TypeOrmModule.forRoot(dataSourceOptions({ url: databaseUrl })),
        GraphqlModule,
        BackgroundModule.forRoot(databaseUrl),
        RateLimitModule,
        AuditModule,
        ApprovalsModule,
        FreelancersModule,
        MailModule,
        OrganizationsModule,
        IdentityModule,
        AccountNamesModule,
        JobsModule,
        MatchingModule,
        MoneyModule,
        ProposalsModule,
        ContractsModule,
        BillingModule,
        EscrowModule,
        DisputesModule,
        ReviewsModule,
        TalentModule,
        ClientRecordModule,
        TimesheetsModule,
        InvoicingModule,
        AgendaModule,
        PayoutsModule,
        MessagesModule,
        VettingModule,
        WebhooksModule,
        ReconciliationModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
        { provide: APP_PIPE, useFactory: createValidationPipe },
      ],
    };
  }
}
