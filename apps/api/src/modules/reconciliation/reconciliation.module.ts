import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { EscrowModule } from '../escrow/escrow.module.js';
import { MoneyModule } from '../money/money.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { ReconciliationResolver } from './reconciliation.resolver.js';
import { ReconciliationService } from './reconciliation.service.js';

/** The daily comparison of the payment provider's objects with the ledger, and its ops view. */
@Module({
  imports: [AuditModule, EscrowModule, MoneyModule, PaymentsModule],
  providers: [ReconciliationService, ReconciliationResolver],
})
export class ReconciliationModule {}
