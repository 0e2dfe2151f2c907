import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { FxRate } from '../../platform/money/fx.js';
import { FxRateEntity } from './entities/fx-rate.entity.js';

/** Exchange rates to the US dollar. */
@Injectable()
export class FxRatesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async all(manager: EntityManager = this.dataSource.manager): Promise<FxRate[]> {
    const rows = await manager.getRepository(FxRateEntity).find({ order: { currency: 'ASC' } });
    return rows.map((row) => ({ currency: row.currency, usdPerUnit: Number(row.usdPerUnit) }));
  }

  async upsert(
    rates: Array<{ currency: string; usdPerUnit: number; asOf: string }>,
    manager = this.dataSource.manager,
  ) {
    if (!rates.length) return;
    await manager.getRepository(FxRateEntity).upsert(
      rates.map((rate) => ({ ...rate, usdPerUnit: rate.usdPerUnit.toFixed(8) })),
      ['currency'],
    );
  }
}
