import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageArgs, PageOf } from '../../../platform/graphql/pagination.js';
import { ApprovalRequest } from '../../approvals/dto/approval.dto.js';
import { DISPUTE_STATUSES, type DisputeStatus as DisputeStatusValue } from '../entities/dispute.entity.js';

export const DisputeStatus = enumOf(DISPUTE_STATUSES);
export const DisputeSide = enumOf(['client', 'freelancer'] as const);
registerEnumType(DisputeStatus, { name: 'DisputeStatus' });
registerEnumType(DisputeSide, { name: 'DisputeSide' });

@ObjectType('Dispute', { description: "A dispute over a milestone's held money." })
export class Dispute {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  milestoneId: string;

  @Field()
  milestoneTitle: string;

  @Field(() => Int)
  milestoneAmountMinor: number;

  @Field()
  currency: string;

  @Field(() => ID)
  contractId: string;

  @Field(() => DisputeStatus)
  status: string;

  @Field(() => DisputeSide)
  openedBySide: string;

  @Field()
  reason: string;

  @Field(() => DisputeSide, { nullable: true })
  proposalSide: string | null;

  @Field(() => Int, {
    nullable: true,
    description: "The latest proposal: the VA's share in basis points (6000 = 60%).",
  })
  proposalFreelancerBps: number | null;

  @Field(() => Date, { nullable: true, description: 'When the other side must answer before ops mediate.' })
  respondBy: Date | null;

  @Field(() => Date, { nullable: true })
  mediationEndsAt: Date | null;

  @Field(() => Int, { nullable: true, description: "The settled split: the VA's share in basis points." })
  freelancerShareBps: number | null;

  @Field(() => Int, { nullable: true })
  releasedMinor: number | null;

  @Field(() => Int, { nullable: true })
  refundedMinor: number | null;

  @Field()
  decisionNote: string;

  @Field()
  createdAt: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => ApprovalRequest, {
    nullable: true,
    description: "A settlement waiting for the business's admin, or a decision waiting for a second ops member.",
  })
  pendingApproval: ApprovalRequest | null;
}

export const DisputePage = PageOf(Dispute, 'DisputePage');

@InputType()
export class OpenDisputeInput {
  @Field(() => ID)
  @IsUUID()
  milestoneId: string;

  @Field({ description: 'What went wrong (10–2,000 characters).' })
  @IsString()
  @Length(10, 2_000)
  reason: string;
}

@InputType()
export class DisputeShareInput {
  @Field(() => ID)
  @IsUUID()
  disputeId: string;

  @Field(() => Int, { description: "The VA's share of what is held, in basis points (0–10,000)." })
  @IsInt()
  @Min(0)
  @Max(10_000)
  freelancerShareBps: number;
}

@InputType()
export class DecideDisputeInput extends DisputeShareInput {
  @Field({ description: 'Why: the parties read it (10–2,000 characters).' })
  @IsString()
  @Length(10, 2_000)
  note: string;
}

@ArgsType()
export class DisputeIdArgs {
  @Field(() => ID)
  @IsUUID()
  disputeId: string;
}

@ArgsType()
export class ContractDisputesArgs {
  @Field(() => ID)
  @IsUUID()
  contractId: string;
}

@ArgsType()
export class DisputesArgs extends PageArgs {
  @Field(() => DisputeStatus, { nullable: true })
  @IsOptional()
  @IsIn(DISPUTE_STATUSES)
  status?: DisputeStatusValue;
}

@ArgsType()
export class DisputeMessagesArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  disputeId: string;
}
