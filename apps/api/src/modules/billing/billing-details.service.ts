import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider.js';
import { BillingRepository, type OrganizationDetails, type PayeeDetails } from './billing.repository.js';

const NO_ORGANIZATION_DETAILS: OrganizationDetails = { legalName: '', address: '', vatId: '' };
const NO_PAYEE_DETAILS: PayeeDetails = { legalName: '', address: '', taxId: '' };

/** The details invoices and earnings statements carry: the organisation's as payer, the VA's as payee. */
@Injectable()
export class BillingDetailsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BillingRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
  ) {}

  async organizations(organizationIds: string[]): Promise<Map<string, OrganizationDetails>> {
    const profiles = await this.repository.profiles(organizationIds);
    const found = new Map(
      profiles.map(({ organizationId, legalName, address, vatId }) => [organizationId, { legalName, address, vatId }]),
    );
    return new Map(organizationIds.map((id) => [id, found.get(id) ?? NO_ORGANIZATION_DETAILS]));
  }

  async updateOrganization(organizationId: string, details: OrganizationDetails): Promise<OrganizationDetails> {
    await this.dataSource.transaction(async (manager) => {
      await this.repository.lockProfile(organizationId, this.provider.name, manager);
      await this.repository.setOrganizationDetails(organizationId, details, manager);
    });
    return (await this.organizations([organizationId])).get(organizationId) as OrganizationDetails;
  }

  async payees(freelancerIds: string[]): Promise<Map<string, PayeeDetails>> {
    const profiles = await this.repository.payees(freelancerIds);
    const found = new Map(
      profiles.map(({ freelancerId, legalName, address, taxId }) => [freelancerId, { legalName, address, taxId }]),
    );
    return new Map(freelancerIds.map((id) => [id, found.get(id) ?? NO_PAYEE_DETAILS]));
  }

  async updatePayee(freelancerId: string, details: PayeeDetails): Promise<PayeeDetails> {
    await this.repository.savePayeeDetails(freelancerId, details);
    return (await this.payees([freelancerId])).get(freelancerId) as PayeeDetails;
  }
}
