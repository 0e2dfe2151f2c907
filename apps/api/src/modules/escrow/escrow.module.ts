import { Module } from '@nestjs/common';
import { ContractsModule } from '../contracts/contracts.module.js';
import { MoneyModule } from '../money/money.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { PayoutsModule } from '../payouts/payouts.module.js';
import { EscrowRepository } from './escrow.repository.js';
import { EscrowResolver } from './escrow.resolver.js';
import { EscrowService } from './escrow.service.js';

/** Fixed-price escrow: paying milestones, hand-ins, approvals, refunds and auto-release, on the ledger. */
@Module({
  imports: [ContractsModule, MoneyModule, PaymentsModule, PayoutsModule],
  providers: [EscrowRepository, EscrowService, EscrowResolver],
  exports: [EscrowService],
})
export class EscrowModule {}
