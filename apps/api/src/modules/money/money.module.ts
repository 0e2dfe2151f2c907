import { Module } from '@nestjs/common';
import { FxRatesRepository } from './fx-rates.repository.js';
import { FxRatesService } from './fx-rates.service.js';
import { LedgerResolver } from './ledger/ledger.resolver.js';
import { LedgerService } from './ledger/ledger.service.js';

/** Money that crosses currencies (exchange rates) and the double-entry ledger every movement is written to. */
@Module({
  providers: [FxRatesRepository, FxRatesService, LedgerService, LedgerResolver],
  exports: [FxRatesService, LedgerService],
})
export class MoneyModule {}
