import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MoneyModule } from '../money/money.module.js';
import { ApprovalsResolver } from './approvals.resolver.js';
import { ApprovalsService } from './approvals.service.js';

/** Approval policies and requests; the modules owning guarded actions register how to carry them out. */
@Module({
  imports: [AuditModule, IdentityDataModule, MoneyModule],
  providers: [ApprovalsService, ApprovalsResolver],
  exports: [ApprovalsService],
})
export class ApprovalsModule {}
