import { Args, ArgsType, Field, Float, ID, ObjectType, Query, Resolver, registerEnumType } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import { Allow, Policies } from '../../../platform/access/policy.js';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { ACCOUNT_KINDS } from './accounts.js';
import { LedgerService } from './ledger.service.js';
import { LEDGER_KINDS } from './ledger-transaction.entity.js';

const LedgerKind = enumOf(LEDGER_KINDS);
const LedgerAccountKind = enumOf(ACCOUNT_KINDS);
registerEnumType(LedgerKind, { name: 'LedgerKind' });
registerEnumType(LedgerAccountKind, { name: 'LedgerAccountKind' });

// Sums over the whole platform outgrow GraphQL's 32-bit Int: these are Floats holding whole minor units.
@ObjectType('LedgerPosting')
class LedgerPostingOutput {
  @Field(() => ID)
  id: string;

  @Field()
  account: string;

  @Field()
  currency: string;

  @Field(() => Float, { description: 'Minor units; positive is a debit, negative a credit.' })
  amountMinor: number;
}

@ObjectType('LedgerTransaction')
class LedgerTransactionOutput {
  @Field(() => ID)
  id: string;

  @Field()
  idempotencyKey: string;

  @Field(() => LedgerKind)
  kind: string;

  @Field()
  memo: string;

  @Field()
  createdAt: Date;

  @Field(() => [LedgerPostingOutput])
  postings: LedgerPostingOutput[];
}

@ObjectType('TrialBalanceLine', { description: "One account family's totals in one currency." })
class TrialBalanceLineOutput {
  @Field(() => LedgerAccountKind)
  accountKind: string;

  @Field()
  currency: string;

  @Field(() => Float)
  debitsMinor: number;

  @Field(() => Float)
  creditsMinor: number;

  @Field(() => Float, { description: 'Debits less credits; per currency the lines sum to zero.' })
  balanceMinor: number;
}

@ArgsType()
class MilestoneLedgerArgs {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;
}

/** The ledger as ops read it: any milestone's postings, and the platform-wide trial balance. */
@Resolver()
export class LedgerResolver {
  constructor(private readonly ledger: LedgerService) {}

  @Allow(Policies.ops)
  @Query(() => [LedgerTransactionOutput], { description: "A milestone's ledger transactions, oldest first." })
  milestoneLedger(@Args() { milestoneId }: MilestoneLedgerArgs) {
    return this.ledger.transactionsOf(milestoneId);
  }

  @Allow(Policies.ops)
  @Query(() => [TrialBalanceLineOutput])
  trialBalance() {
    return this.ledger.trialBalance();
  }
}
