import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageArgs, PageOf } from '../../../platform/graphql/pagination.js';
import { SUPPORTED_CURRENCIES } from '../../../platform/money/currencies.js';
import {
  APPROVAL_KINDS,
  APPROVAL_STATUSES,
  ORGANIZATION_APPROVAL_KINDS,
  type OrganizationApprovalKind as OrganizationApprovalKindValue,
} from '../entities/approval-request.entity.js';

export const ApprovalKind = enumOf(APPROVAL_KINDS);
export const ApprovalStatus = enumOf(APPROVAL_STATUSES);
export const OrganizationApprovalKind = enumOf(ORGANIZATION_APPROVAL_KINDS);
export const ApprovalVerdict = enumOf(['approve', 'reject'] as const);
registerEnumType(ApprovalKind, { name: 'ApprovalKind' });
registerEnumType(ApprovalStatus, { name: 'ApprovalStatus' });
registerEnumType(OrganizationApprovalKind, { name: 'OrganizationApprovalKind' });
registerEnumType(ApprovalVerdict, { name: 'ApprovalVerdict' });

@ObjectType('ApprovalPolicy', {
  description: "Members who are not admins need an admin's approval for these actions above the amount.",
})
export class ApprovalPolicy {
  @Field(() => Int)
  thresholdMinor: number;

  @Field()
  currency: string;

  @Field(() => [OrganizationApprovalKind])
  kinds: string[];

  @Field()
  updatedAt: Date;
}

@ObjectType('ApprovalRequest', { description: 'An action waiting for (or decided by) an approver.' })
export class ApprovalRequest {
  @Field(() => ID)
  id: string;

  @Field(() => ApprovalKind)
  kind: string;

  @Field(() => ApprovalStatus)
  status: string;

  @Field(() => ID, { description: 'The offer, bonus milestone or dispute the action is about.' })
  subjectId: string;

  @Field(() => ID, { nullable: true })
  contractId: string | null;

  @Field(() => ID, { nullable: true })
  jobId: string | null;

  @Field(() => Int, { description: 'The money at stake, in minor units of its currency.' })
  amountMinor: number;

  @Field()
  currency: string;

  @Field(() => Int, { nullable: true, description: "Settlements and decisions: the VA's share in basis points." })
  freelancerShareBps: number | null;

  @Field({ description: "The requester's note (a dispute decision's reasons)." })
  note: string;

  @Field(() => ID)
  requestedBy: string;

  @Field()
  requestedByName: string;

  @Field(() => String, { nullable: true })
  decidedByName: string | null;

  @Field()
  decisionNote: string;

  @Field(() => Date, { nullable: true })
  decidedAt: Date | null;

  @Field()
  createdAt: Date;
}

export const ApprovalRequestPage = PageOf(ApprovalRequest, 'ApprovalRequestPage');

@ArgsType()
export class ApprovalRequestsArgs extends PageArgs {
  @Field(() => ApprovalStatus, { nullable: true })
  @IsOptional()
  @IsIn(APPROVAL_STATUSES)
  status?: (typeof APPROVAL_STATUSES)[number];
}

@InputType()
export class ApprovalPolicyInput {
  @Field(() => Int, { description: 'Actions above this amount wait for an admin (minor units).' })
  @IsInt()
  @Min(0)
  @Max(100_000_000_00)
  thresholdMinor: number;

  @Field()
  @IsIn(SUPPORTED_CURRENCIES)
  currency: string;

  @Field(() => [OrganizationApprovalKind], { description: 'None: no approvals needed (the policy is removed).' })
  @ArrayMaxSize(ORGANIZATION_APPROVAL_KINDS.length)
  @IsIn(ORGANIZATION_APPROVAL_KINDS, { each: true })
  kinds: OrganizationApprovalKindValue[];
}

@InputType()
export class DecideApprovalInput {
  @Field(() => ID)
  @IsUUID()
  requestId: string;

  @Field(() => ApprovalVerdict)
  @IsIn(['approve', 'reject'])
  verdict: 'approve' | 'reject';

  @Field({ defaultValue: '', description: 'Why (shown to the requester; up to 2,000 characters).' })
  @IsString()
  @Length(0, 2_000)
  note: string;
}
