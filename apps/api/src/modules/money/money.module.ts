import { Module } from '@nestjs/common';
import { FxRatesRepository } from './fx-rates.repository.js';

/** Money that crosses currencies: exchange rates today; the ledger builds on it. */
@Module({ providers: [FxRatesRepository], exports: [FxRatesRepository] })
export class MoneyModule {}
