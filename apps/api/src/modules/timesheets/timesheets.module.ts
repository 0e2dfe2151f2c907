import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module.js';
import { DisputesModule } from '../disputes/disputes.module.js';
import { EscrowModule } from '../escrow/escrow.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { TimesheetsRepository } from './timesheets.repository.js';
import { TimesheetsResolver } from './timesheets.resolver.js';
import { TimesheetsService } from './timesheets.service.js';

/** Hourly contracts' time: entries, the timer and weekly timesheets. */
@Module({
  imports: [ContractsModule, DisputesModule, EscrowModule, IdentityDataModule],
  providers: [TimesheetsRepository, TimesheetsService, TimesheetsResolver],
  exports: [TimesheetsService],
})
export class TimesheetsModule {}
