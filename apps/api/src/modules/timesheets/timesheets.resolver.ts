import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { ClientActor, FreelancerActor, PartyActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { contractActor, partyOf } from '../contracts/contracts.resolver.js';
import { HourlyWeekPage, TimeEntry } from './dto/hourly-week.output.js';
import {
  DisputeTimeEntriesInput,
  HourlyWeeksArgs,
  LogTimeInput,
  StartTimerInput,
  UpdateTimeEntryInput,
} from './dto/time-entry.input.js';
import { TimesheetsService } from './timesheets.service.js';

/** Time on hourly contracts: the VA logs it; both sides read the weeks. */
@Resolver()
export class TimesheetsResolver {
  constructor(private readonly timesheets: TimesheetsService) {}

  @Allow(Policies.parties)
  @Query(() => HourlyWeekPage, { description: "An hourly contract's weeks, newest first, with their time entries." })
  hourlyWeeks(@CurrentActor() actor: PartyActor, @Args() { contractId, offset, limit }: HourlyWeeksArgs) {
    return this.timesheets.weeksOf(partyOf(actor), contractId, { offset, limit });
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Boolean, {
    description:
      "Hands the week's timesheet in before the week ends; its entries become final. Weeks hand in by themselves when they end.",
  })
  async submitTimesheet(@CurrentActor() actor: FreelancerActor, @Args('weekId', { type: () => ID }) weekId: string) {
    return this.timesheets.submit(weekId, actor.userId);
  }

  @Allow(Policies.client)
  @Mutation(() => ID, {
    description:
      "Disputes chosen entries of a handed-in week: their time's money is held in a dispute of its own (returned), and the week's other hours release as usual.",
  })
  disputeTimeEntries(@CurrentActor() actor: ClientActor, @Args('input') input: DisputeTimeEntriesInput) {
    return this.timesheets.disputeEntries(contractActor(actor), input);
  }

  @Allow(Policies.freelancer)
  @Query(() => TimeEntry, { nullable: true, description: "The VA's running timer, whichever tab started it." })
  runningTimer(@CurrentActor() actor: FreelancerActor) {
    return this.timesheets.runningTimer(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Boolean, { description: 'Logs time written by hand: a day with a start and an end, or a duration.' })
  async logTime(@CurrentActor() actor: FreelancerActor, @Args('input') input: LogTimeInput) {
    await this.timesheets.log(actor.userId, input);
    return true;
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Boolean, {
    description: "Changes an entry within its week, until the week's timesheet is submitted.",
  })
  async updateTimeEntry(@CurrentActor() actor: FreelancerActor, @Args('input') input: UpdateTimeEntryInput) {
    const { id, ...fields } = input;
    await this.timesheets.update(actor.userId, id, fields);
    return true;
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Boolean, { description: "Removes an entry, until the week's timesheet is submitted." })
  async deleteTimeEntry(@CurrentActor() actor: FreelancerActor, @Args('id', { type: () => ID }) id: string) {
    await this.timesheets.remove(actor.userId, id);
    return true;
  }

  @Allow(Policies.freelancer)
  @Mutation(() => TimeEntry, { description: 'Starts the timer on a contract whose week is paid in.' })
  async startTimer(@CurrentActor() actor: FreelancerActor, @Args('input') { contractId, memo }: StartTimerInput) {
    await this.timesheets.startTimer(actor.userId, contractId, memo);
    return this.timesheets.runningTimer(actor.userId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => Boolean, {
    description: 'Stops the timer: the time is logged, cut to what the week has left; under a minute logs nothing.',
  })
  async stopTimer(
    @CurrentActor() actor: FreelancerActor,
    @Args('memo', { type: () => String, nullable: true }) memo: string | null,
  ) {
    return (await this.timesheets.stopTimer(actor.userId, memo?.trim() || null)) !== null;
  }
}
