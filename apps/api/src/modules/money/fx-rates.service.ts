import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { FxRate } from '../../platform/money/fx.js';
import { FxRatesRepository } from './fx-rates.repository.js';

/** Today's exchange rates to the US dollar, for features that compare or convert amounts. */
@Injectable()
export class FxRatesService {
  constructor(private readonly repository: FxRatesRepository) {}

  /** Every rate, in the caller's transaction if given (ranking reads them with the cards it ranks). */
  all(manager?: EntityManager): Promise<FxRate[]> {
    return this.repository.all(manager);
  }
}
