import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ClientActor, FreelancerActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { BillingDetailsService } from './billing-details.service.js';
import { BillingDetails, BillingDetailsInput, PayeeDetails, PayeeDetailsInput } from './dto/billing-details.dto.js';
import { CardSetup, SandboxCardSetupInput, SavedCard } from './dto/saved-card.dto.js';
import { SavedCardsService } from './saved-cards.service.js';

/**
 * Billing: the organisation's saved card (every member sees whether weeks are charged to one; billing
 * members change it), the details its invoices carry, and a VA's details for their statements.
 */
@Resolver()
export class BillingResolver {
  constructor(
    private readonly cards: SavedCardsService,
    private readonly details: BillingDetailsService,
  ) {}

  @Allow(Policies.client)
  @Query(() => BillingDetails, { description: "What the organisation's invoices are made out to." })
  async billingDetails(@CurrentActor() actor: ClientActor) {
    return (await this.details.organizations([actor.organizationId])).get(actor.organizationId);
  }

  @Allow(Policies.billing)
  @Mutation(() => BillingDetails, { description: 'Invoices issued from now on carry these details.' })
  updateBillingDetails(@CurrentActor() actor: ClientActor, @Args('input') input: BillingDetailsInput) {
    return this.details.updateOrganization(actor.organizationId, input);
  }

  @Allow(Policies.freelancer)
  @Query(() => PayeeDetails, { description: "What the VA's earnings statements are made out to." })
  async payeeDetails(@CurrentActor() actor: FreelancerActor) {
    return (await this.details.payees([actor.userId])).get(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => PayeeDetails, { description: 'Statements issued from now on carry these details.' })
  updatePayeeDetails(@CurrentActor() actor: FreelancerActor, @Args('input') input: PayeeDetailsInput) {
    return this.details.updatePayee(actor.userId, input);
  }

  @Allow(Policies.client)
  @Query(() => SavedCard, { nullable: true, description: "The organisation's saved card, if any." })
  savedCard(@CurrentActor() actor: ClientActor) {
    return this.cards.current(actor.organizationId);
  }

  @Allow(Policies.billing)
  @Mutation(() => CardSetup, { description: 'Starts saving a card (it replaces the one saved before, once saved).' })
  startCardSetup(@CurrentActor() actor: ClientActor) {
    return this.cards.startSetup(member(actor));
  }

  @Allow(Policies.billing)
  @Mutation(() => SavedCard, { description: "The sandbox's card form: saves a test card." })
  saveSandboxCard(@CurrentActor() actor: ClientActor, @Args('input') input: SandboxCardSetupInput) {
    return this.cards.saveSandboxCard(member(actor), input.cardId, input.cardNumber);
  }

  @Allow(Policies.billing)
  @Mutation(() => SavedCard, { description: 'After Stripe.js saved the card: the card becomes the organisation’s.' })
  syncCardSetup(@CurrentActor() actor: ClientActor, @Args('cardId', { type: () => ID }) cardId: string) {
    return this.cards.sync(actor.organizationId, cardId);
  }

  @Allow(Policies.billing)
  @Mutation(() => Boolean, { description: 'Removes the saved card: weeks are paid by hand again.' })
  removeSavedCard(@CurrentActor() actor: ClientActor) {
    return this.cards.remove(member(actor));
  }
}

function member(actor: ClientActor) {
  return { organizationId: actor.organizationId, userId: actor.userId };
}
