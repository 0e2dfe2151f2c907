import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { PayoutAccountEntity, type PayoutAccountStatus } from './entities/payout-account.entity.js';

/** VAs' payout accounts (Connect accounts at the provider). */
@Injectable()
export class PayoutsRepository {
  constructor(private readonly dataSource: DataSource) {}

  account(userId: string, manager: EntityManager = this.dataSource.manager) {
    return manager.getRepository(PayoutAccountEntity).findOneBy({ userId });
  }

  accountAtProvider(providerAccountId: string) {
    return this.dataSource.getRepository(PayoutAccountEntity).findOneBy({ providerAccountId });
  }

  /** Keeps the first account when two requests raced to create one. */
  async insertAccount(userId: string, provider: string, providerAccountId: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(PayoutAccountEntity)
      .values({ userId, provider, providerAccountId })
      .orIgnore()
      .execute();
  }

  async updateAccount(userId: string, status: PayoutAccountStatus, requirementsDue: string[]): Promise<void> {
    await this.dataSource.getRepository(PayoutAccountEntity).update({ userId }, { status, requirementsDue });
  }
}
