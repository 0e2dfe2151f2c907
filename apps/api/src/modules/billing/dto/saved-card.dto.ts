import { Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsString, IsUUID, Matches } from 'class-validator';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PaymentProviderName } from '../../payments/dto/provider-name.js';
import { SAVED_CARD_STATUSES } from '../entities/saved-card.entity.js';

export const SavedCardStatus = enumOf(SAVED_CARD_STATUSES);
registerEnumType(SavedCardStatus, { name: 'SavedCardStatus' });

@ObjectType('SavedCard', {
  description:
    "A card the organisation saved for its hourly weeks: charged when each week opens. The card's number stays with the provider.",
})
export class SavedCard {
  @Field(() => ID)
  id: string;

  @Field(() => SavedCardStatus)
  status: string;

  @Field(() => String, { nullable: true })
  brand: string | null;

  @Field(() => String, { nullable: true })
  last4: string | null;

  @Field(() => Int, { nullable: true })
  expMonth: number | null;

  @Field(() => Int, { nullable: true })
  expYear: number | null;

  @Field(() => Date, { nullable: true, description: 'The last charge was declined: save another card.' })
  failedAt: Date | null;

  @Field({ description: "Why the last charge was declined, in the card issuer's words." })
  failureMessage: string;

  @Field(() => Date, { nullable: true })
  activatedAt: Date | null;
}

@ObjectType('CardSetup', { description: "Saving a card: the business's browser completes it with the card." })
export class CardSetup {
  @Field(() => ID, { description: 'The saved card this becomes.' })
  id: string;

  @Field(() => PaymentProviderName)
  provider: string;

  @Field(() => String, { nullable: true, description: 'For Stripe.js; null in the sandbox.' })
  clientSecret: string | null;

  @Field(() => String, { nullable: true })
  publishableKey: string | null;
}

@InputType()
export class SandboxCardSetupInput {
  @Field(() => ID)
  @IsUUID()
  cardId: string;

  @Field({ description: "One of the sandbox's test card numbers (4242 4242 4242 4242 saves a good card)." })
  @IsString()
  @Matches(/^[\d ]{12,23}$/)
  cardNumber: string;
}
