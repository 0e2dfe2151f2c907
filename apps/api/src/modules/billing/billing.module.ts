import { Module } from '@nestjs/common';
import { OrganizationsModule } from '../organizations/organizations.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { BillingRepository } from './billing.repository.js';
import { BillingResolver } from './billing.resolver.js';
import { SavedCardsService } from './saved-cards.service.js';

/** Organisations as payers: their customer at the provider and the card they saved. */
@Module({
  imports: [OrganizationsModule, PaymentsModule],
  providers: [BillingRepository, SavedCardsService, BillingResolver],
  exports: [SavedCardsService],
})
export class BillingModule {}
