import { ArgsType, Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageOf } from '../../../platform/graphql/pagination.js';
import { PaymentProviderName } from '../../payments/dto/provider-name.js';
import { DIFFERENCE_KINDS, RECONCILED_OBJECTS } from '../entities/reconciliation-difference.entity.js';

export const ReconciliationDifferenceKind = enumOf(DIFFERENCE_KINDS);
export const ReconciledObject = enumOf(RECONCILED_OBJECTS);
registerEnumType(ReconciliationDifferenceKind, { name: 'ReconciliationDifferenceKind' });
registerEnumType(ReconciledObject, { name: 'ReconciledObject' });

@ObjectType('ReconciliationRun', { description: "One comparison of the payment provider's objects with the ledger." })
export class ReconciliationRun {
  @Field(() => ID)
  id: string;

  @Field(() => PaymentProviderName)
  provider: string;

  @Field()
  startedAt: Date;

  @Field(() => Date, { nullable: true, description: 'Null while running, or if the provider stopped answering.' })
  finishedAt: Date | null;

  @Field(() => Int, { description: 'Payments, refunds and transfers compared.' })
  checkedCount: number;

  @Field(() => Int)
  differenceCount: number;

  @Field(() => String, { nullable: true, description: 'The ops member who started it; null for the daily schedule.' })
  triggeredByName: string | null;
}

export const ReconciliationRunPage = PageOf(ReconciliationRun, 'ReconciliationRunPage');

@ObjectType('ReconciliationDifference')
export class ReconciliationDifference {
  @Field(() => ID)
  id: string;

  @Field(() => ReconciliationDifferenceKind)
  kind: string;

  @Field(() => ReconciledObject)
  objectType: string;

  @Field({ description: "The provider's id of the object (pi_…, re_…, tr_…)." })
  providerObjectId: string;

  @Field(() => ID, { nullable: true })
  milestoneId: string | null;

  @Field()
  currency: string;

  @Field(() => Int, { nullable: true, description: 'What the ledger booked.' })
  ledgerMinor: number | null;

  @Field(() => Int, { nullable: true, description: 'What the provider reports; null when it has no such object.' })
  providerMinor: number | null;

  @Field(() => String, { nullable: true })
  providerStatus: string | null;

  @Field({ description: 'The run put it right (booked a payment the provider had taken).' })
  repaired: boolean;
}

@ArgsType()
export class ReconciliationRunArgs {
  @Field(() => ID)
  @IsUUID()
  runId: string;
}
