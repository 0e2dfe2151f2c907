import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { MilestoneStatus } from '../contracts/dto/contract.output.js';
import { AvailabilityOutput } from '../matching/availability.resolver.js';

/** A contract as a VA's week lists it: which post, for which business. */
@ObjectType({ isAbstract: true })
class VaContractItem {
  @Field(() => ID)
  contractId: string;

  @Field({ description: "The contract's post." })
  title: string;

  @Field()
  clientName: string;
}

@ObjectType('WeekContract', { description: "An hourly contract's week so far: time against its limit." })
export class WeekContract extends VaContractItem {
  @Field()
  paused: boolean;

  @Field(() => ID, { nullable: true, description: "This week's milestone, if one is open." })
  weekId: string | null;

  @Field({ description: 'Paid into escrow: time can be logged.' })
  funded: boolean;

  @Field(() => Int)
  minutesIncluded: number;

  @Field(() => Int)
  minutesLogged: number;

  @Field(() => Int, { description: 'Within the limit and what escrow holds.' })
  minutesLeft: number;
}

@ObjectType('WeekInReview', { description: "A handed-in week waiting for the business's review." })
export class WeekInReview extends VaContractItem {
  @Field(() => ID)
  weekId: string;

  @Field()
  periodStart: string;

  @Field(() => Int)
  minutesLogged: number;

  @Field(() => Date, { nullable: true, description: 'When it releases by itself, unless the business acts first.' })
  releasesAt: Date | null;
}

@ObjectType('MilestoneDue', { description: 'Paid work due by the end of the week (or overdue).' })
export class MilestoneDue extends VaContractItem {
  @Field(() => ID)
  milestoneId: string;

  @Field()
  milestoneTitle: string;

  @Field()
  dueDate: string;

  @Field(() => MilestoneStatus)
  status: string;
}

@ObjectType('VaWeek', { description: "The VA's week across every client, in UTC days (shown in the VA's zone)." })
export class VaWeek {
  @Field()
  weekStart: string;

  @Field()
  weekEnd: string;

  @Field(() => [WeekContract])
  hourly: WeekContract[];

  @Field(() => [WeekInReview])
  awaitingReview: WeekInReview[];

  @Field(() => [MilestoneDue])
  milestonesDue: MilestoneDue[];

  @Field(() => Int)
  offersWaiting: number;

  @Field(() => Int)
  invitationsWaiting: number;

  @Field(() => AvailabilityOutput, { nullable: true })
  availability: AvailabilityOutput | null;
}

@ObjectType('PaymentWaiting', { description: 'A week or period that has begun and is not paid into escrow.' })
export class PaymentWaiting {
  @Field(() => ID)
  contractId: string;

  @Field({ description: "The contract's post." })
  title: string;

  @Field()
  vaName: string;

  @Field(() => ID)
  milestoneId: string;

  @Field()
  milestoneTitle: string;

  @Field(() => String, { nullable: true, description: 'An hourly week or retainer period: its first day.' })
  periodStart: string | null;

  @Field(() => Int, { description: 'What it costs (to pay), or what it holds (to review).' })
  amountMinor: number;
}

@ObjectType('ReviewWaiting', {
  description: 'Handed-in work (or an hourly week) for the business to approve or dispute.',
})
export class ReviewWaiting extends PaymentWaiting {
  @Field(() => Date, { nullable: true, description: 'The deadline: it releases by itself then.' })
  releasesAt: Date | null;
}

@ObjectType('CardDeclined')
export class CardDeclined {
  @Field()
  failedAt: Date;

  @Field()
  message: string;
}

@ObjectType('ProposalsWaiting', { description: 'Proposals on an open post that nobody answered yet.' })
export class ProposalsWaiting {
  @Field(() => ID)
  jobId: string;

  @Field()
  title: string;

  @Field(() => Int)
  count: number;
}

@ObjectType('ClientAgenda', { description: 'What waits for the signed-in business member, each with where to act.' })
export class ClientAgenda {
  @Field(() => [ReviewWaiting])
  toReview: ReviewWaiting[];

  @Field(() => [PaymentWaiting])
  toPay: PaymentWaiting[];

  @Field(() => CardDeclined, { nullable: true, description: 'The saved card declined its last weekly charge.' })
  cardDeclined: CardDeclined | null;

  @Field(() => [ProposalsWaiting])
  proposals: ProposalsWaiting[];

  @Field(() => Int, { description: 'Offers the VA has not answered (or an admin has not approved).' })
  offersWaiting: number;

  @Field(() => Int, { description: "Approvals to decide (an admin's), or the member's own requests waiting." })
  approvalsWaiting: number;
}
