import { Module } from '@nestjs/common';
import { BillingModule } from '../billing/billing.module.js';
import { EscrowModule } from '../escrow/escrow.module.js';
import { PaymentsModule } from '../payments/payments.module.js';
import { PayoutsModule } from '../payouts/payouts.module.js';
import { StripeWebhooksController } from './stripe-webhooks.controller.js';
import { StripeWebhooksService } from './stripe-webhooks.service.js';

/** Deliveries from the payment provider, stored once and processed by a job. */
@Module({
  imports: [BillingModule, EscrowModule, PaymentsModule, PayoutsModule],
  controllers: [StripeWebhooksController],
  providers: [StripeWebhooksService],
})
export class WebhooksModule {}
