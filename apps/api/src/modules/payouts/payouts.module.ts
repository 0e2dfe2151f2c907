import { Module } from '@nestjs/common';
import { FreelancersModule } from '../freelancers/freelancers.module.js';
import { IdentityDataModule } from '../identity/identity-data.module.js';
import { MoneyModule } from '../money/money.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { PayoutsRepository } from './payouts.repository.js';
import { PayoutsResolver } from './payouts.resolver.js';
import { PayoutsService } from './payouts.service.js';

/** VAs' payout accounts and the transfers released money owes them. */
@Module({
  imports: [FreelancersModule, IdentityDataModule, MoneyModule, PaymentsModule],
  providers: [PayoutsRepository, PayoutsService, PayoutsResolver],
  exports: [PayoutsService],
})
export class PayoutsModule {}
