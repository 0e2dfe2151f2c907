import { Module } from '@nestjs/common';
import { PAYMENT_PROVIDER } from './payment-provider.js';
import { SandboxPaymentProvider } from './sandbox.provider.js';

/** The payment provider escrow talks to: the sandbox until Stripe keys are configured. */
@Module({
  providers: [SandboxPaymentProvider, { provide: PAYMENT_PROVIDER, useExisting: SandboxPaymentProvider }],
  exports: [PAYMENT_PROVIDER, SandboxPaymentProvider],
})
export class PaymentsModule {}
