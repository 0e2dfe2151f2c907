import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageOf } from '../../../platform/graphql/pagination.js';
import { MatchedFreelancer } from '../../matching/dto/job-match.output.js';
import { ProposalJob } from '../../proposals/dto/proposal.output.js';
import { CONTRACT_STATUSES } from '../entities/contract.entity.js';
import { CONTRACT_KINDS } from '../entities/contract-terms.js';
import { OFFER_STATUSES } from '../entities/offer.entity.js';

export const ContractKind = enumOf(CONTRACT_KINDS);
export const OfferStatus = enumOf(OFFER_STATUSES);
export const ContractStatus = enumOf(CONTRACT_STATUSES);
registerEnumType(ContractKind, { name: 'ContractKind' });
registerEnumType(OfferStatus, { name: 'OfferStatus' });
registerEnumType(ContractStatus, { name: 'ContractStatus' });

@ObjectType('ContractTerms', {
  description: "What the work is paid and when it starts; amounts in the job's currency.",
})
export class ContractTermsOutput {
  @Field(() => ContractKind)
  kind: string;

  @Field()
  currency: string;

  @Field(() => Int, { nullable: true })
  hourlyRateMinor: number | null;

  @Field(() => Int, { nullable: true })
  weeklyLimitHours: number | null;

  @Field(() => Int, { nullable: true })
  monthlyAmountMinor: number | null;

  @Field(() => Int, { nullable: true })
  monthlyHours: number | null;

  @Field(() => Int)
  trialWeeks: number;

  @Field()
  startDate: string;
}

@ObjectType('Milestone')
export class Milestone {
  @Field(() => ID, { nullable: true, description: 'Null while only planned in an offer.' })
  id: string | null;

  @Field()
  title: string;

  @Field(() => Int)
  amountMinor: number;

  @Field(() => String, { nullable: true })
  dueDate: string | null;
}

/** Who is on each side, and for which job: the same for an offer and a contract. */
@ObjectType({ isAbstract: true })
abstract class Agreement {
  @Field(() => ID)
  id: string;

  @Field(() => ContractTermsOutput)
  terms: ContractTermsOutput;

  @Field(() => [Milestone])
  milestones: Milestone[];

  @Field(() => ProposalJob)
  job: ProposalJob;

  @Field(() => MatchedFreelancer)
  freelancer: MatchedFreelancer;

  @Field()
  organizationName: string;

  @Field()
  createdAt: Date;
}

@ObjectType('Offer')
export class Offer extends Agreement {
  @Field(() => OfferStatus)
  status: string;

  @Field()
  message: string;

  @Field(() => ID)
  proposalId: string;

  @Field(() => Date, { nullable: true })
  respondedAt: Date | null;
}

@ObjectType('Contract')
export class Contract extends Agreement {
  @Field(() => ContractStatus)
  status: string;
}

export const OfferPage = PageOf(Offer, 'OfferPage');
export const ContractPage = PageOf(Contract, 'ContractPage');
