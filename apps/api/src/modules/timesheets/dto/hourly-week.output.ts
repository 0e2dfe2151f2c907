import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { EscrowMoney, HandInFile, MilestoneStatus } from '../../contracts/dto/contract.output.js';
import { TIME_ENTRY_SOURCES } from '../entities/time-entry.entity.js';

export const TimeEntrySource = enumOf(TIME_ENTRY_SOURCES);
registerEnumType(TimeEntrySource, { name: 'TimeEntrySource' });

@ObjectType('TimeEntry', { description: "Time worked on an hourly contract: stored in UTC, the day in the VA's zone." })
export class TimeEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => TimeEntrySource)
  source: string;

  @Field({ description: "The day worked, in the VA's time zone." })
  workDate: string;

  @Field(() => Date, { nullable: true, description: 'Null for an entry given as a duration.' })
  startedAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'Null while the timer runs, or for a duration.' })
  endedAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Null while the timer runs.' })
  minutes: number | null;

  @Field()
  memo: string;

  @Field({ description: 'Which of the work it was for; empty if not said.' })
  task: string;

  @Field(() => HandInFile, { nullable: true, description: 'A file handed in with it (GET /files/hand-ins/:id).' })
  file: HandInFile | null;

  @Field({ description: 'The timer is running on this entry.' })
  running: boolean;

  @Field(() => ID, {
    nullable: true,
    description: "The business disputed this entry: the milestone holding its time's money in dispute.",
  })
  disputedIn: string | null;
}

@ObjectType('HourlyWeek', {
  description: 'A week of an hourly contract: paid into escrow before its work, its hours logged, then reviewed.',
})
export class HourlyWeek {
  @Field(() => ID, { description: "The week's milestone." })
  id: string;

  @Field()
  periodStart: string;

  @Field()
  periodEnd: string;

  @Field(() => MilestoneStatus)
  status: string;

  @Field(() => Int, { description: "The week's limit in minutes." })
  minutesIncluded: number;

  @Field(() => Int)
  minutesLogged: number;

  @Field(() => Int, { description: 'Minutes the VA may still log: within the limit and what escrow holds.' })
  minutesLeft: number;

  @Field(() => Date, { nullable: true, description: 'When the timesheet was submitted; entries are final.' })
  submittedAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When the handed-in week releases by itself, unless the business approves or disputes it first.',
  })
  releasesAt: Date | null;

  @Field(() => EscrowMoney)
  money: EscrowMoney;

  @Field(() => [TimeEntry])
  entries: TimeEntry[];
}

@ObjectType('HourlyWeekPage')
export class HourlyWeekPage {
  @Field(() => [HourlyWeek])
  items: HourlyWeek[];

  @Field(() => Int)
  totalCount: number;
}
