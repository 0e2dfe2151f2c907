import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { OPERATION_STATUSES } from '../../payments/payment-operations.service.js';
import { PAYOUT_ACCOUNT_STATUSES } from '../entities/payout-account.entity.js';

export const PayoutAccountStatus = enumOf(PAYOUT_ACCOUNT_STATUSES);
export const TransferStatus = enumOf(OPERATION_STATUSES);
registerEnumType(PayoutAccountStatus, { name: 'PayoutAccountStatus' });
registerEnumType(TransferStatus, { name: 'TransferStatus' });

@ObjectType('PayoutAccount', { description: "The VA's account at the payment provider, for receiving money." })
export class PayoutAccount {
  @Field(() => PayoutAccountStatus)
  status: string;

  @Field(() => [String], { description: 'What the provider still needs, in its own codes.' })
  requirementsDue: string[];

  @Field({ description: 'sandbox or stripe.' })
  provider: string;
}

@ObjectType('MoneyAmount')
export class MoneyAmount {
  @Field()
  currency: string;

  @Field(() => Int)
  amountMinor: number;
}

@ObjectType('PayoutTransfer', { description: "Released money on its way to the VA's account." })
export class PayoutTransfer {
  @Field(() => ID)
  id: string;

  @Field(() => TransferStatus, { description: 'WAITING until the payout account can receive money.' })
  status: string;

  @Field(() => Int)
  amountMinor: number;

  @Field()
  currency: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Payouts')
export class Payouts {
  @Field(() => PayoutAccount, { nullable: true })
  account: PayoutAccount | null;

  @Field(() => [MoneyAmount], { description: 'Released to the VA, less fees, not yet transferred.' })
  owed: MoneyAmount[];

  @Field(() => [MoneyAmount])
  paidOut: MoneyAmount[];

  @Field(() => [PayoutTransfer], { description: 'The latest 20, newest first.' })
  transfers: PayoutTransfer[];
}
