import { Args, ArgsType, Field, ID, InputType, Int, Mutation, Resolver } from '@nestjs/graphql';
import { IsInt, IsUUID, Max, Min } from 'class-validator';
import type { ClientActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { ContractViews } from './contract-views.js';
import { memberOf, partyOf } from './contracts.resolver.js';
import { ContractsService } from './contracts.service.js';
import { Contract } from './dto/contract.output.js';
import { HourlyContractsService } from './hourly-contracts.service.js';

@InputType()
class ChangeWeeklyLimitInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => Int, { description: 'Hours a week, 1–80: from the next week; the week under way keeps its own.' })
  @IsInt()
  @Min(1)
  @Max(80)
  weeklyLimitHours: number;
}

@ArgsType()
class HourlyContractArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

/** The business's controls on an hourly contract: its weekly limit, pause and resume. */
@Resolver()
export class HourlyContractsResolver {
  constructor(
    private readonly hourly: HourlyContractsService,
    private readonly contracts: ContractsService,
    private readonly views: ContractViews,
  ) {}

  @Allow(Policies.clientHiring)
  @Mutation(() => Contract, { description: 'Changes the weekly limit from the next week.' })
  async changeWeeklyLimit(@CurrentActor() actor: ClientActor, @Args('input') input: ChangeWeeklyLimitInput) {
    await this.hourly.changeWeeklyLimit(memberOf(actor), input.contractId, input.weeklyLimitHours);
    return this.read(actor, input.contractId);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Contract, {
    description:
      'Pauses: the week under way runs to its end, then no week opens or is charged; what it left unused goes back to the card.',
  })
  async pauseContract(@CurrentActor() actor: ClientActor, @Args() { contractId }: HourlyContractArgs) {
    await this.hourly.pause(memberOf(actor), contractId);
    return this.read(actor, contractId);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Contract, { description: 'Resumes a paused contract: a week opens (to be paid) if none is running.' })
  async resumeContract(@CurrentActor() actor: ClientActor, @Args() { contractId }: HourlyContractArgs) {
    await this.hourly.resume(memberOf(actor), contractId);
    return this.read(actor, contractId);
  }

  private async read(actor: ClientActor, contractId: string) {
    return this.views.contract(await this.contracts.contract(partyOf(actor), contractId), actor.kind);
  }
}
