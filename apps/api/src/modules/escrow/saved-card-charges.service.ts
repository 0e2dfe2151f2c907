import { Injectable, type OnModuleInit } from '@nestjs/common';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { CARD_SAVED_TASK, type CardSavedData } from '../billing/billing.tasks.js';
import { SavedCardsService } from '../billing/saved-cards.service.js';
import { MilestonesService } from '../contracts/milestones.service.js';
import { MilestonePaymentsService } from './milestone-payments.service.js';

const CHARGE_TASK = 'escrow.charge-saved-cards';
const BATCH = 200;

/**
 * Hourly weeks paid in with the organisation's saved card as soon as they begin, and retainer overage
 * as soon as it is billed: swept every few minutes, and at once for an organisation that just saved a card. A declined card is marked so:
 * the business is asked for another, and nothing more is charged to it.
 */
@Injectable()
export class SavedCardChargesService implements OnModuleInit {
  constructor(
    private readonly milestones: MilestonesService,
    private readonly cards: SavedCardsService,
    private readonly payments: MilestonePaymentsService,
    private readonly background: BackgroundJobs,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: CHARGE_TASK,
      policy: 'singleton',
      cron: '*/5 * * * *',
      handler: async () => {
        await this.chargeDue();
      },
    });
    this.background.register<CardSavedData>({
      name: CARD_SAVED_TASK,
      policy: 'standard',
      handler: async ({ organizationId }) => {
        await this.chargeDue(new Date(), organizationId);
      },
    });
  }

  /** Charges every milestone due (of one organisation, if given) to its saved card; returns how many were paid. */
  async chargeDue(now = new Date(), organizationId: string | null = null): Promise<number> {
    const today = now.toISOString().slice(0, 10);
    let paid = 0;
    let afterId: string | null = null;
    for (;;) {
      const due = await this.milestones.dueForSavedCard(today, { afterId, limit: BATCH }, organizationId);
      const cards = await this.cards.chargeable([...new Set(due.map((milestone) => milestone.organizationId))]);
      for (const milestone of due) {
        const card = cards.get(milestone.organizationId);
        if (!card || card.failedAt) continue;
        const { outcome, message } = await this.payments.chargeSavedCard(milestone.id, card);
        if (outcome === 'paid') paid += 1;
        if (outcome === 'declined') {
          await this.cards.markFailed(card.id, message ?? '', now);
          card.failedAt = now;
        }
      }
      if (due.length < BATCH) return paid;
      afterId = due.at(-1)?.id ?? null;
    }
  }
}
