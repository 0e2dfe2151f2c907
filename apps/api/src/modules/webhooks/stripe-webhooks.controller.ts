import { Controller, Headers, HttpCode, Post, type RawBodyRequest, Req } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Allow, Policies } from '../../platform/access/policy.js';
import { NotFoundError } from '../../platform/errors/app-error.js';
import { WebhookSignatureError } from '../payments/payments.errors.js';
import { StripeWebhooksService } from './stripe-webhooks.service.js';

/**
 * `POST /webhooks/stripe`: Stripe's deliveries. Anyone may call it; the signature over the raw body
 * is what authenticates a delivery (a bad or stale one gets 400 and nothing is stored).
 */
@Controller('webhooks')
export class StripeWebhooksController {
  constructor(private readonly webhooks: StripeWebhooksService) {}

  @Allow(Policies.anyone)
  @Post('stripe')
  @HttpCode(200)
  async receive(@Req() request: RawBodyRequest<FastifyRequest>, @Headers('stripe-signature') signature?: string) {
    if (!this.webhooks.enabled) throw new NotFoundError('Payments run in the sandbox; there is no Stripe webhook.');
    if (!request.rawBody) throw new WebhookSignatureError('The body is missing or is not JSON.');
    const stored = await this.webhooks.receive(request.rawBody, signature);
    return { received: true, duplicate: !stored };
  }
}
