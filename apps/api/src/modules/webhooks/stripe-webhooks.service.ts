import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { DataSource, IsNull, LessThan } from 'typeorm';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { SavedCardsService } from '../billing/saved-cards.service.js';
import { MilestonePaymentsService } from '../escrow/milestone-payments.service.js';
import { StripePaymentProvider } from '../payments/stripe.provider.js';
import { PayoutsService } from '../payouts/payouts.service.js';
import { StripeEventEntity } from './stripe-event.entity.js';

const PROCESS_TASK = 'stripe.process-event';
const SWEEP_TASK = 'stripe.process-stale-events';
const BATCH = 100;

/**
 * Stripe's webhooks: a delivery is verified, stored once by event id and queued in one transaction;
 * a job then acts on what Stripe says about the object now. Events escrow does not need are kept
 * and marked ignored. A sweep queues again any event a crashed job left unprocessed.
 */
@Injectable()
export class StripeWebhooksService implements OnModuleInit {
  private readonly logger = new Logger(StripeWebhooksService.name);

  constructor(
    private readonly dataSource: DataSource,
    @Inject(StripePaymentProvider) private readonly stripe: StripePaymentProvider | null,
    private readonly payments: MilestonePaymentsService,
    private readonly payouts: PayoutsService,
    private readonly cards: SavedCardsService,
    private readonly background: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.background.register<{ eventId: string }>({
      name: PROCESS_TASK,
      policy: 'standard',
      handler: ({ eventId }) => this.process(eventId),
    });
    this.background.register({
      name: SWEEP_TASK,
      policy: 'singleton',
      cron: '*/10 * * * *',
      handler: () => this.processStale(),
    });
  }

  get enabled(): boolean {
    return this.stripe !== null;
  }

  /** Verifies and stores a delivery; false when the event was already stored (a duplicate delivery). */
  async receive(payload: Buffer, signature: string | undefined): Promise<boolean> {
    if (!this.stripe) throw new Error('Stripe is not configured.');
    const event = this.stripe.parseWebhook(payload, signature);
    const object = (event.data?.object ?? {}) as { id?: string };
    return this.dataSource.transaction(async (manager) => {
      const stored: Array<{ id: string }> = await manager.query(
        `INSERT INTO stripe_events (id, type, object_id, payload) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type, object.id ?? '', JSON.stringify(event)],
      );
      if (stored.length === 0) return false;
      await this.background.send(PROCESS_TASK, { eventId: event.id }, { manager });
      return true;
    });
  }

  /** Acts on one stored event; a provider failure throws, and the job is retried. */
  async process(eventId: string): Promise<void> {
    const events = this.dataSource.getRepository(StripeEventEntity);
    const event = await events.findOneBy({ id: eventId });
    if (!event || event.processedAt) return;
    const outcome = await this.act(event);
    await events.update({ id: eventId, processedAt: IsNull() }, { processedAt: new Date(), outcome });
  }

  private act(event: StripeEventEntity): Promise<string> {
    if (event.type.startsWith('payment_intent.')) return this.payments.onProviderPayment(event.objectId);
    if (event.type === 'account.updated') return this.payouts.onProviderAccount(event.objectId);
    if (event.type.startsWith('setup_intent.')) return this.cards.onProviderSetup(event.objectId);
    return Promise.resolve('ignored');
  }

  private async processStale(): Promise<void> {
    const stale = await this.dataSource.getRepository(StripeEventEntity).find({
      select: { id: true },
      where: { processedAt: IsNull(), receivedAt: LessThan(new Date(Date.now() - 10 * 60_000)) },
      order: { receivedAt: 'ASC' },
      take: BATCH,
    });
    for (const { id } of stale) {
      try {
        await this.process(id);
      } catch (error) {
        this.logger.warn(`Stripe event ${id} still not processed: ${String(error)}`);
      }
    }
  }
}
