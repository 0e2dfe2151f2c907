import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { PaymentOperationsRepository } from './payment-operations.repository.js';
import { PaymentOperationsService } from './payment-operations.service.js';
import { PAYMENT_PROVIDER } from './payment-provider.js';
import { SandboxPaymentProvider } from './sandbox.provider.js';
import { StripePaymentProvider } from './stripe.provider.js';

/**
 * The payment provider escrow talks to: Stripe when its keys are configured, the sandbox otherwise.
 * `StripePaymentProvider` is null in the sandbox (the webhook endpoint answers only with Stripe).
 * Also the provider calls decisions owe (refunds, transfers), carried out and retried here.
 */
@Module({
  providers: [
    PaymentOperationsRepository,
    PaymentOperationsService,
    SandboxPaymentProvider,
    {
      provide: StripePaymentProvider,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.payments.stripe ? new StripePaymentProvider(config.payments.stripe) : null,
    },
    {
      provide: PAYMENT_PROVIDER,
      inject: [StripePaymentProvider, SandboxPaymentProvider],
      useFactory: (stripe: StripePaymentProvider | null, sandbox: SandboxPaymentProvider) => stripe ?? sandbox,
    },
  ],
  exports: [PAYMENT_PROVIDER, PaymentOperationsService, SandboxPaymentProvider, StripePaymentProvider],
})
export class PaymentsModule {}
