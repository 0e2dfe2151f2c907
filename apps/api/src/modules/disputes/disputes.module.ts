import { Module } from '@nestjs/common';
import { ApprovalsModule } from '../approvals/approvals.module.js';
import { AuditModule } from '../audit/audit.module.js';
import { ContractsModule } from '../contracts/contracts.module.js';
import { EscrowModule } from '../escrow/escrow.module.js';
import { MessagesModule } from '../messages/messages.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { DisputesRepository } from './disputes.repository.js';
import { DisputesResolver } from './disputes.resolver.js';
import { DisputesService } from './disputes.service.js';

/** Disputes over a milestone's held money: negotiation, ops mediation and the split, on escrow. */
@Module({
  imports: [ApprovalsModule, AuditModule, ContractsModule, EscrowModule, MessagesModule, PaymentsModule],
  providers: [DisputesRepository, DisputesService, DisputesResolver],
  exports: [DisputesService],
})
export class DisputesModule {}
