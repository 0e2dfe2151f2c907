import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PaymentProviderName } from '../../payments/dto/provider-name.js';
import { PAYMENT_STATUSES } from '../entities/milestone-payment.entity.js';

export const PaymentStatus = enumOf(PAYMENT_STATUSES);
registerEnumType(PaymentStatus, { name: 'PaymentStatus' });

@ObjectType('MilestonePayment', { description: "A client's card payment into a milestone's escrow." })
export class MilestonePayment {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  milestoneId: string;

  @Field(() => PaymentProviderName, { description: 'SANDBOX: simulated, no real money moves.' })
  provider: string;

  @Field(() => PaymentStatus)
  status: string;

  @Field(() => Int)
  amountMinor: number;

  @Field()
  currency: string;

  @Field(() => Int, { description: "The platform's fee when all of it is released, from the VA's side." })
  platformFeeMinor: number;

  @Field(() => Int, { description: 'What the VA receives when all of it is released.' })
  freelancerReceivesMinor: number;

  @Field(() => String, { nullable: true, description: "For Stripe.js to confirm the card in the client's browser." })
  clientSecret: string | null;

  @Field(() => String, { nullable: true, description: "Stripe.js's publishable key (Stripe only)." })
  publishableKey: string | null;
}
