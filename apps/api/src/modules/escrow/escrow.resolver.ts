import { Args, ArgsType, Field, ID, Mutation, Resolver } from '@nestjs/graphql';
import { IsUUID } from 'class-validator';
import type { ClientActor, FreelancerActor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { CurrentActor } from '../../platform/access/request-context.js';
import { memberOf } from '../contracts/contracts.resolver.js';
import { ContractsService } from '../contracts/contracts.service.js';
import { ContractMilestone } from '../contracts/dto/contract.output.js';
import type { ProviderPayment } from '../payments/payment-provider.js';
import { BonusesService } from './bonuses.service.js';
import {
  GiveBonusInput,
  MilestoneNoteInput,
  RefundMilestoneInput,
  ReleaseMilestoneInput,
  SandboxCardInput,
  SubmitMilestoneInput,
} from './dto/escrow.input.js';
import { MilestonePayment } from './dto/milestone-payment.output.js';
import type { MilestonePaymentEntity } from './entities/milestone-payment.entity.js';
import { EscrowService } from './escrow.service.js';
import { MilestonePaymentsService } from './milestone-payments.service.js';

@ArgsType()
class PayMilestoneArgs {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;
}

@ArgsType()
class PaymentArgs {
  @Field(() => ID)
  @IsUUID()
  paymentId: string;
}

/**
 * Escrow on fixed-price milestones. Any member of the client organisation may pay (finance included);
 * members who hire approve or ask for changes; the VA hands in work and may give money back.
 */
@Resolver()
export class EscrowResolver {
  constructor(
    private readonly escrow: EscrowService,
    private readonly payments: MilestonePaymentsService,
    private readonly contracts: ContractsService,
    private readonly bonuses: BonusesService,
  ) {}

  @Allow(Policies.client)
  @Mutation(() => MilestonePayment, {
    description: 'Starts (or continues) paying a milestone into escrow; shows the fee before the card is charged.',
  })
  async payMilestone(@CurrentActor() actor: ClientActor, @Args() { milestoneId }: PayMilestoneArgs) {
    const { payment, remote } = await this.payments.pay(scopeOf(actor), milestoneId);
    return this.payment(payment, remote);
  }

  @Allow(Policies.client)
  @Mutation(() => MilestonePayment, { description: "Pays with one of the sandbox's test cards (sandbox only)." })
  async paySandboxCard(@CurrentActor() actor: ClientActor, @Args('input') input: SandboxCardInput) {
    const payment = await this.payments.paySandbox(scopeOf(actor), input.paymentId, input.cardNumber);
    return this.payment(payment, null);
  }

  @Allow(Policies.client)
  @Mutation(() => MilestonePayment, {
    description:
      "After the browser confirmed the card with Stripe: books the payment without waiting for Stripe's webhook.",
  })
  async syncMilestonePayment(@CurrentActor() actor: ClientActor, @Args() { paymentId }: PaymentArgs) {
    return this.payment(await this.payments.syncPayment(scopeOf(actor), paymentId), null);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => ContractMilestone, { description: 'Hands in the work; the auto-release clock starts.' })
  async submitMilestone(@CurrentActor() actor: FreelancerActor, @Args('input') input: SubmitMilestoneInput) {
    const minutesWorked =
      input.hoursWorked === null || input.hoursWorked === undefined ? null : Math.round(input.hoursWorked * 60);
    await this.escrow.submit(actor.userId, input.milestoneId, {
      message: input.message,
      minutesWorked,
      fileIds: input.fileIds ?? [],
    });
    return this.contracts.milestone({ freelancerId: actor.userId }, input.milestoneId);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => ContractMilestone, { description: 'Sends handed-in work back; the auto-release clock stops.' })
  async requestMilestoneChanges(@CurrentActor() actor: ClientActor, @Args('input') input: MilestoneNoteInput) {
    await this.escrow.requestChanges(scopeOf(actor), input.milestoneId, input.message);
    return this.contracts.milestone({ organizationId: actor.organizationId }, input.milestoneId);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => ContractMilestone, { description: 'Approves: releases held money (all, or part) to the VA.' })
  async releaseMilestone(@CurrentActor() actor: ClientActor, @Args('input') input: ReleaseMilestoneInput) {
    await this.escrow.release(scopeOf(actor), input.milestoneId, input.amountMinor);
    return this.contracts.milestone({ organizationId: actor.organizationId }, input.milestoneId);
  }

  @Allow(Policies.freelancer)
  @Mutation(() => ContractMilestone, { description: "Gives held money back to the client's card." })
  async refundMilestone(@CurrentActor() actor: FreelancerActor, @Args('input') input: RefundMilestoneInput) {
    await this.escrow.refund(actor.userId, input.milestoneId, input.amountMinor);
    return this.contracts.milestone({ freelancerId: actor.userId }, input.milestoneId);
  }

  @Allow(Policies.clientHiring)
  @Mutation(() => ContractMilestone, {
    description:
      "Adds a bonus for the VA, paid like a milestone and released at once (may wait for an admin's approval).",
  })
  async giveBonus(@CurrentActor() actor: ClientActor, @Args('input') input: GiveBonusInput) {
    const id = await this.bonuses.give(memberOf(actor), input.contractId, input.amountMinor, input.message);
    return this.contracts.milestone({ organizationId: actor.organizationId }, id);
  }

  private payment(payment: MilestonePaymentEntity, remote: ProviderPayment | null): MilestonePayment {
    const fee = this.escrow.feeOf(payment.amountMinor);
    return {
      ...payment,
      platformFeeMinor: fee,
      freelancerReceivesMinor: payment.amountMinor - fee,
      clientSecret: remote?.clientSecret ?? null,
      publishableKey: this.payments.publishableKey,
    };
  }
}

function scopeOf(actor: ClientActor) {
  return { organizationId: actor.organizationId, userId: actor.userId, role: actor.organizationRole };
}
