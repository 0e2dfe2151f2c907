import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { BillingModule } from '../billing/billing.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { MoneyModule } from '../money/money.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { PayoutsModule } from '../payouts/payouts.module.js';
import { BonusesService } from './bonuses.service.js';
import { ContractEndingResolver } from './contract-ending.resolver.js';
import { ContractEndingService } from './contract-ending.service.js';
import { EscrowRepository } from './escrow.repository.js';
import { EscrowResolver } from './escrow.resolver.js';
import { EscrowService } from './escrow.service.js';
import { HourlyWeeksService } from './hourly-weeks.service.js';
import { MilestonePaymentsService } from './milestone-payments.service.js';
import { SavedCardChargesService } from './saved-card-charges.service.js';

/** Escrow: paying milestones in, releases, refunds, auto-release, bonuses and ending contracts, on the ledger. */
@Module({
  imports: [
    ApprovalsModule,
    AuditModule,
    BillingModule,
    ContractsModule,
    IdentityDataModule,
    MessagesModule,
    MoneyModule,
    PaymentsModule,
    PayoutsModule,
  ],
  providers: [
    EscrowRepository,
    EscrowService,
    MilestonePaymentsService,
    EscrowResolver,
    ContractEndingService,
    ContractEndingResolver,
    BonusesService,
    HourlyWeeksService,
    SavedCardChargesService,
  ],
  exports: [EscrowService, MilestonePaymentsService, HourlyWeeksService],
})
export class EscrowModule {}
