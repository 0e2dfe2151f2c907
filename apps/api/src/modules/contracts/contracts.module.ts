import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module.js';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MailModule } from '../mail/mail.module.js';
import { MoneyModule } from '../money/money.module.js';
import { ProposalsModule } from '../proposals/proposals.module.js';
import { ContractViews } from './contract-views.js';
import { ContractsNotifier } from './contracts.notifier.js';
import { ContractsRepository } from './contracts.repository.js';
import { ContractsResolver } from './contracts.resolver.js';
import { ContractsService } from './contracts.service.js';
import { RetainersService } from './retainers.service.js';

/** Offers on proposals and the contracts they become. Escrow and payments build on it. */
@Module({
  imports: [ApprovalsModule, FreelancersModule, IdentityDataModule, MailModule, MoneyModule, ProposalsModule],
  providers: [
    ContractsRepository,
    ContractsService,
    ContractViews,
    ContractsNotifier,
    ContractsResolver,
    RetainersService,
  ],
  exports: [ContractsService, ContractsRepository, ContractViews, ContractsNotifier, RetainersService],
})
export class ContractsModule {}
