import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { BillingProfileEntity } from './entities/billing-profile.entity.js';
import { PayeeProfileEntity } from './entities/payee-profile.entity.js';
import { SavedCardEntity } from './entities/saved-card.entity.js';

export type CardChanges = Partial<
  Pick<
    SavedCardEntity,
    | 'providerSetupId'
    | 'providerCardId'
    | 'status'
    | 'brand'
    | 'last4'
    | 'expMonth'
    | 'expYear'
    | 'failedAt'
    | 'failureMessage'
    | 'activatedAt'
  >
>;

export type OrganizationDetails = Pick<BillingProfileEntity, 'legalName' | 'address' | 'vatId'>;
export type PayeeDetails = Pick<PayeeProfileEntity, 'legalName' | 'address' | 'taxId'>;

/** Organisations' billing profiles and saved cards, and VAs' payee profiles. */
@Injectable()
export class BillingRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The organisation's profile, created on first use, locked for the caller's transaction. */
  async lockProfile(organizationId: string, provider: string, manager: EntityManager) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(BillingProfileEntity)
      .values({ organizationId, provider })
      .orIgnore()
      .execute();
    return manager
      .getRepository(BillingProfileEntity)
      .findOneOrFail({ where: { organizationId }, lock: { mode: 'pessimistic_write' } });
  }

  async setCustomer(organizationId: string, providerCustomerId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(BillingProfileEntity).update({ organizationId }, { providerCustomerId });
  }

  profiles(organizationIds: string[]) {
    return organizationIds.length
      ? this.dataSource.getRepository(BillingProfileEntity).findBy({ organizationId: In(organizationIds) })
      : Promise.resolve([]);
  }

  async insertCard(
    card: Pick<SavedCardEntity, 'organizationId' | 'provider' | 'createdBy'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<string> {
    const { identifiers } = await manager.getRepository(SavedCardEntity).insert(card);
    return identifiers[0]?.id as string;
  }

  async updateCard(id: string, changes: CardChanges, manager: EntityManager = this.dataSource.manager) {
    await manager.getRepository(SavedCardEntity).update({ id }, changes);
  }

  card(id: string, organizationId?: string) {
    return this.dataSource
      .getRepository(SavedCardEntity)
      .findOneBy({ id, ...(organizationId ? { organizationId } : {}) });
  }

  cardBySetup(providerSetupId: string) {
    return this.dataSource.getRepository(SavedCardEntity).findOneBy({ providerSetupId });
  }

  lockCard(id: string, manager: EntityManager) {
    return manager.getRepository(SavedCardEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  activeCards(organizationIds: string[], manager: EntityManager = this.dataSource.manager) {
    return organizationIds.length
      ? manager.getRepository(SavedCardEntity).findBy({ organizationId: In(organizationIds), status: 'active' })
      : Promise.resolve([]);
  }

  /** The organisation's active card is replaced (or removed): it is charged no more. */
  async retireActive(organizationId: string, status: 'replaced' | 'removed', manager: EntityManager): Promise<number> {
    const { affected } = await manager
      .getRepository(SavedCardEntity)
      .update({ organizationId, status: 'active' }, { status });
    return affected ?? 0;
  }

  async setOrganizationDetails(organizationId: string, details: OrganizationDetails, manager: EntityManager) {
    await manager.getRepository(BillingProfileEntity).update({ organizationId }, details);
  }

  async savePayeeDetails(freelancerId: string, details: PayeeDetails): Promise<void> {
    await this.dataSource.getRepository(PayeeProfileEntity).upsert({ freelancerId, ...details }, ['freelancerId']);
  }

  payees(freelancerIds: string[]) {
    return freelancerIds.length
      ? this.dataSource.getRepository(PayeeProfileEntity).findBy({ freelancerId: In(freelancerIds) })
      : Promise.resolve([]);
  }
}
