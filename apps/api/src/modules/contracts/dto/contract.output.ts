import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageOf } from '../../../platform/graphql/pagination.js';
import { MatchedFreelancer } from '../../matching/dto/job-match.output.js';
import { ProposalJob } from '../../proposals/dto/proposal.output.js';
import { CONTRACT_SIDES, CONTRACT_STATUSES } from '../entities/contract.entity.js';
import { CONTRACT_EVENT_KINDS } from '../entities/contract-event.entity.js';
import { MILESTONE_STATUSES } from '../entities/contract-milestone.entity.js';
import { CONTRACT_KINDS } from '../entities/contract-terms.js';
import { OFFER_STATUSES } from '../entities/offer.entity.js';

export const ContractKind = enumOf(CONTRACT_KINDS);
export const OfferStatus = enumOf(OFFER_STATUSES);
export const ContractStatus = enumOf(CONTRACT_STATUSES);
export const MilestoneStatus = enumOf(MILESTONE_STATUSES);
export const ContractEventKind = enumOf(CONTRACT_EVENT_KINDS);
export const ContractSide = enumOf(CONTRACT_SIDES);
registerEnumType(ContractSide, { name: 'ContractSide' });
registerEnumType(ContractKind, { name: 'ContractKind' });
registerEnumType(MilestoneStatus, { name: 'MilestoneStatus' });
registerEnumType(ContractEventKind, { name: 'ContractEventKind' });
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

  @Field(() => Int, { nullable: true, description: 'Retainer: most unused hours carried into the next month.' })
  rolloverCapHours: number | null;

  @Field(() => Int, { nullable: true, description: 'Retainer: days between notice and the end.' })
  noticeDays: number | null;

  @Field(() => Int, {
    nullable: true,
    description: "Retainer: the price of an hour beyond the month's hours and rollover, in minor units.",
  })
  overageRateMinor: number | null;

  @Field(() => Int)
  trialWeeks: number;

  @Field()
  startDate: string;
}

@ObjectType('Milestone', { description: 'A milestone as an offer plans it.' })
export class Milestone {
  @Field()
  title: string;

  @Field(() => Int)
  amountMinor: number;

  @Field(() => String, { nullable: true })
  dueDate: string | null;
}

@ObjectType('EscrowMoney', {
  description: 'Money of a milestone (or a whole contract) from the ledger: funded = released + refunded + held.',
})
export class EscrowMoney {
  @Field(() => Int)
  fundedMinor: number;

  @Field(() => Int, { description: 'Released to the VA, before the platform fee.' })
  releasedMinor: number;

  @Field(() => Int)
  refundedMinor: number;

  @Field(() => Int)
  heldMinor: number;
}

@ObjectType('ContractMilestone')
export class ContractMilestone extends Milestone {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  position: number;

  @Field(() => MilestoneStatus)
  status: string;

  @Field(() => Date, { nullable: true })
  submittedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When held money goes to the VA unless the client acts.' })
  autoReleaseAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'The contract ended: when money held for work not handed in goes back to the client.',
  })
  autoRefundAt: Date | null;

  @Field({ description: 'The paid trial: later milestones are paid once the client continues.' })
  trial: boolean;

  @Field({ description: 'A bonus: released to the VA as soon as it is paid.' })
  bonus: boolean;

  @Field({
    description: "Waits for an admin of the business before it can be paid (a bonus above the policy's amount).",
  })
  awaitingApproval: boolean;

  @Field(() => String, { nullable: true, description: "Retainer: the period's first day." })
  periodStart: string | null;

  @Field(() => String, { nullable: true, description: "Retainer: the period's last day." })
  periodEnd: string | null;

  @Field(() => Int, { nullable: true, description: "Retainer: the period's hours in minutes, rollover included." })
  minutesIncluded: number | null;

  @Field(() => Int, { nullable: true, description: 'Retainer: the minutes the VA reported with the hand-in.' })
  minutesWorked: number | null;

  @Field(() => ID, {
    nullable: true,
    description: "Disputed time of an hourly week: the week's milestone it was split off from.",
  })
  splitFromId: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Retainer: the period whose hours beyond its included hours this bills (its minutes worked).',
  })
  overageOfId: string | null;

  @Field(() => EscrowMoney)
  money: EscrowMoney;
}

@ObjectType('HandInFile', { description: 'A file the VA handed in with the work.' })
export class HandInFile {
  @Field(() => ID)
  id: string;

  @Field()
  fileName: string;

  @Field()
  contentType: string;

  @Field(() => Int)
  sizeBytes: number;
}

@ObjectType('ContractEvent', { description: "One line of a contract's timeline." })
export class ContractEvent {
  @Field(() => ID)
  id: string;

  @Field(() => ContractEventKind)
  kind: string;

  @Field(() => ID, { nullable: true })
  milestoneId: string | null;

  @Field(() => String, { nullable: true, description: 'Who acted; null when the platform did (auto-release).' })
  actorName: string | null;

  @Field(() => Int, { nullable: true })
  amountMinor: number | null;

  @Field()
  message: string;

  @Field(() => [HandInFile], { description: 'A hand-in: the files that went with it (GET /files/hand-ins/:id).' })
  files: HandInFile[];

  @Field()
  createdAt: Date;
}

/** Who is on each side, and for which job: the same for an offer and a contract. */
@ObjectType({ isAbstract: true })
abstract class Agreement {
  @Field(() => ID)
  id: string;

  @Field(() => ContractTermsOutput)
  terms: ContractTermsOutput;

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

  @Field(() => [Milestone])
  milestones: Milestone[];

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

  @Field(() => [ContractMilestone])
  milestones: ContractMilestone[];

  @Field(() => EscrowMoney, { description: "All the contract's milestones together." })
  money: EscrowMoney;

  @Field(() => Date, { nullable: true })
  endedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'A retainer under notice: its last day.' })
  endsOn: string | null;

  @Field(() => ContractSide, { nullable: true, description: 'Who ended the contract or gave notice.' })
  endedBy: string | null;

  @Field()
  endReason: string;

  @Field({ description: 'A paid trial the client has not yet chosen to continue after.' })
  inTrial: boolean;

  @Field(() => Date, {
    nullable: true,
    description: 'An hourly contract the business paused: the week under way runs out, and no new week opens.',
  })
  pausedAt: Date | null;

  @Field(() => Int, { description: 'Days the VA has to hand in paid work after the client ends the contract.' })
  windDownDays: number;
}

export const OfferPage = PageOf(Offer, 'OfferPage');
export const ContractPage = PageOf(Contract, 'ContractPage');
export const ContractEventPage = PageOf(ContractEvent, 'ContractEventPage');
