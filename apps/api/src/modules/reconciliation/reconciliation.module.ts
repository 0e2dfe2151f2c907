import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EscrowModule } from '../escrow/escrow.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MoneyModule } from '../money/money.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { ReconciliationRepository } from './reconciliation.repository.js';
import { ReconciliationResolver } from './reconciliation.resolver.js';
import { ReconciliationService } from './reconciliation.service.js';

/** The daily comparison of the payment provider's objects with the ledger, and its ops view. */
@Module({
  imports: [AuditModule, EscrowModule, IdentityDataModule, MoneyModule, PaymentsModule],
  providers: [ReconciliationRepository, ReconciliationService, ReconciliationResolver],
})
export class ReconciliationModule {}
