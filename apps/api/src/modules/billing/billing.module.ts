import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { BillingRepository } from './billing.repository.js';
import { BillingResolver } from './billing.resolver.js';
import { BillingDetailsService } from './billing-details.service.js';
import { SavedCardsService } from './saved-cards.service.js';

/** Organisations as payers (their customer at the provider, saved card and invoice details) and VAs as payees. */
@Module({
  imports: [OrganizationsModule, PaymentsModule],
  providers: [BillingRepository, BillingDetailsService, SavedCardsService, BillingResolver],
  exports: [BillingDetailsService, SavedCardsService],
})
export class BillingModule {}
