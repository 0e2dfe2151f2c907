import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { OrganizationsService } from '../organizations/organizations.service.js';
import { PAYMENT_PROVIDER, type PaymentProvider } from '../payments/payment-provider.js';
import { CardDeclinedError, callProvider, ProviderMismatchError } from '../payments/payments.errors.js';
import { SandboxPaymentProvider } from '../payments/sandbox.provider.js';
import { SavedCardNotFoundError } from './billing.errors.js';
import { BillingRepository } from './billing.repository.js';
import { CARD_SAVED_TASK, type CardSavedData } from './billing.tasks.js';
import type { SavedCardEntity } from './entities/saved-card.entity.js';

type Member = { organizationId: string; userId: string };

/** A saved card as the business reads it: never the provider's ids. */
export type SavedCardView = Pick<
  SavedCardEntity,
  'id' | 'status' | 'brand' | 'last4' | 'expMonth' | 'expYear' | 'failedAt' | 'failureMessage' | 'activatedAt'
>;

/** What escrow needs to charge an organisation's saved card with nobody present. */
export interface ChargeableCard {
  id: string;
  organizationId: string;
  customerId: string;
  providerCardId: string;
  /** The member who saved it: charges are made in their name. */
  createdBy: string;
  /** The last charge was declined: nothing more is tried until a new card is saved. */
  failedAt: Date | null;
}

/**
 * Cards organisations save for charges without anyone present (an hourly week paid in when it
 * opens): the provider's customer for the organisation, a card setup the business's browser
 * completes (Stripe.js, or the sandbox's form), and one active card at a time.
 */
@Injectable()
export class SavedCardsService {
  private readonly setupsPerOrganization: RateLimit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BillingRepository,
    @Inject(PAYMENT_PROVIDER) private readonly provider: PaymentProvider,
    private readonly sandbox: SandboxPaymentProvider,
    private readonly organizations: OrganizationsService,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    limits: RateLimits,
  ) {
    this.setupsPerOrganization = limits.limit({ name: 'card-setup', points: 10, durationSeconds: 3_600 });
  }

  /** Starts saving a card: the provider's setup, which the business's browser completes with the card. */
  async startSetup(member: Member) {
    await this.setupsPerOrganization.consume(member.organizationId);
    const customerId = await this.customer(member.organizationId);
    const id = await this.repository.insertCard({
      organizationId: member.organizationId,
      provider: this.provider.name,
      createdBy: member.userId,
    });
    const setup = await callProvider(() =>
      this.provider.createCardSetup({
        customerId,
        metadata: { organizationId: member.organizationId, savedCardId: id },
        idempotencyKey: `card-setup:${id}`,
      }),
    );
    await this.repository.updateCard(id, { providerSetupId: setup.id });
    return {
      id,
      provider: this.provider.name,
      clientSecret: setup.clientSecret,
      publishableKey: this.config.payments.stripe?.publishableKey ?? null,
    };
  }

  /** The sandbox's card form: saves a test card, or refuses it as that card would be. */
  async saveSandboxCard(member: Member, id: string, cardNumber: string): Promise<SavedCardView> {
    if (this.provider.name !== 'sandbox') throw new ProviderMismatchError(this.provider.name);
    const card = await this.repository.card(id, member.organizationId);
    if (!card?.providerSetupId) throw new SavedCardNotFoundError();
    const setupId = card.providerSetupId;
    const setup = await callProvider(() => this.sandbox.confirmCardSetup(setupId, cardNumber));
    if (setup.status !== 'succeeded') throw new CardDeclinedError(setup.failureMessage ?? 'The card was declined.');
    return this.sync(member.organizationId, id);
  }

  /**
   * After the browser saved the card with the provider (or its webhook said so): the card becomes
   * the organisation's, replacing the one before. Safe to call any number of times.
   */
  async sync(organizationId: string, id: string): Promise<SavedCardView> {
    const card = await this.repository.card(id, organizationId);
    if (!card?.providerSetupId) throw new SavedCardNotFoundError();
    if (card.status !== 'setting_up') return view(card);
    const setupId = card.providerSetupId;
    const setup = await callProvider(() => this.provider.retrieveCardSetup(setupId));
    const cardId = setup.paymentMethodId;
    if (setup.status !== 'succeeded' || !cardId) return view(card);
    const details = await callProvider(() => this.provider.retrieveCard(cardId));
    await this.dataSource.transaction(async (manager) => {
      // The profile's lock orders two cards saved at once: the later one wins.
      await this.repository.lockProfile(organizationId, this.provider.name, manager);
      const current = await this.repository.lockCard(id, manager);
      if (current?.status !== 'setting_up') return;
      await this.repository.retireActive(organizationId, 'replaced', manager);
      const { brand, last4, expMonth, expYear } = details;
      const activated = { providerCardId: cardId, brand, last4, expMonth, expYear, activatedAt: new Date() };
      await this.repository.updateCard(id, { status: 'active', ...activated }, manager);
      await this.background.send(CARD_SAVED_TASK, { organizationId } satisfies CardSavedData, { manager });
    });
    return view((await this.repository.card(id)) as SavedCardEntity);
  }

  /** A provider event about a card setup (the webhook job); setups not ours are ignored. */
  async onProviderSetup(setupId: string): Promise<'saved' | 'waiting' | 'unknown'> {
    const card = await this.repository.cardBySetup(setupId);
    if (!card) return 'unknown';
    return (await this.sync(card.organizationId, card.id)).status === 'active' ? 'saved' : 'waiting';
  }

  /** The organisation's active card, if any. */
  async current(organizationId: string): Promise<SavedCardView | null> {
    const [card] = await this.repository.activeCards([organizationId]);
    return card ? view(card) : null;
  }

  /** The business removes its card: weeks are paid by hand again. */
  async remove(member: Member): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      await this.repository.lockProfile(member.organizationId, this.provider.name, manager);
      return (await this.repository.retireActive(member.organizationId, 'removed', manager)) > 0;
    });
  }

  /** The active cards of these organisations that escrow can charge, by organisation. */
  async chargeable(organizationIds: string[]): Promise<Map<string, ChargeableCard>> {
    const [cards, profiles] = await Promise.all([
      this.repository.activeCards(organizationIds),
      this.repository.profiles(organizationIds),
    ]);
    const customers = new Map(profiles.map((profile) => [profile.organizationId, profile.providerCustomerId]));
    return new Map(
      cards.flatMap((card) => {
        const customerId = customers.get(card.organizationId);
        if (!customerId || !card.providerCardId) return [];
        const { id, organizationId, providerCardId, createdBy, failedAt } = card;
        return [[organizationId, { id, organizationId, customerId, providerCardId, createdBy, failedAt }]];
      }),
    );
  }

  /** A charge to the card was declined: the business is asked for a new card, and nothing more is tried. */
  async markFailed(id: string, message: string, at = new Date()): Promise<void> {
    await this.repository.updateCard(id, { failedAt: at, failureMessage: message });
  }

  /** The organisation's customer at the provider, made once (its key makes a retry return the same one). */
  private async customer(organizationId: string): Promise<string> {
    const name = (await this.organizations.names([organizationId])).get(organizationId) ?? organizationId;
    return this.dataSource.transaction(async (manager) => {
      const profile = await this.repository.lockProfile(organizationId, this.provider.name, manager);
      if (profile.providerCustomerId) return profile.providerCustomerId;
      const customer = await callProvider(() =>
        this.provider.createCustomer({
          name,
          metadata: { organizationId },
          idempotencyKey: `customer:${organizationId}`,
        }),
      );
      await this.repository.setCustomer(organizationId, customer.id, manager);
      return customer.id;
    });
  }
}

function view(card: SavedCardEntity): SavedCardView {
  const { id, status, brand, last4, expMonth, expYear, failedAt, failureMessage, activatedAt } = card;
  return { id, status, brand, last4, expMonth, expYear, failedAt, failureMessage, activatedAt };
}
