import { Args, ArgsType, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsUUID, MaxLength } from 'class-validator';
import type { PartyActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { trim } from '../../platform/validation/transforms.js';
import { ContractViews } from '../contracts/contract-views.js';
import { contractActor, partyOf } from '../contracts/contracts.resolver.js';
import { ContractsService } from '../contracts/contracts.service.js';
import { Contract } from '../contracts/dto/contract.output.js';
import { ContractEndingService } from './contract-ending.service.js';

@ArgsType()
class ContractIdArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

@InputType()
class EndContractInput {
  @Field(() => ID)
  @IsUUID()
  contractId: string;

  @Field(() => String, { defaultValue: '', description: 'Why, for the timeline (up to 2,000 characters).' })
  @Transform(trim)
  @MaxLength(2_000)
  reason = '';
}

/** Ending a contract (or giving a retainer's notice), and continuing after a paid trial. */
@Resolver()
export class ContractEndingResolver {
  constructor(
    private readonly ending: ContractEndingService,
    private readonly contracts: ContractsService,
    private readonly views: ContractViews,
  ) {}

  @Allow(Policies.hiringParties)
  @Mutation(() => Contract, {
    description:
      'Ends the contract (a retainer past its trial: gives notice). Unpaid milestones are cancelled; money held for work not handed in goes back to the client (after the wind-down days when the client ends).',
  })
  async endContract(@CurrentActor() actor: PartyActor, @Args('input') input: EndContractInput) {
    await this.ending.end(contractActor(actor), input.contractId, input.reason);
    return this.read(actor, input.contractId);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => Contract, { description: 'Continues after the paid trial: the next milestones can be paid.' })
  async continueAfterTrial(@CurrentActor() actor: PartyActor, @Args() { contractId }: ContractIdArgs) {
    await this.ending.continueAfterTrial(contractActor(actor), contractId);
    return this.read(actor, contractId);
  }

  private async read(actor: PartyActor, contractId: string) {
    return this.views.contract(await this.contracts.contract(partyOf(actor), contractId), actor.kind);
  }
}
