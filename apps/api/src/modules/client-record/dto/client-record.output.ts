import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Reputation } from '../../reviews/dto/reputation.dto.js';

@ObjectType('ClientRecord', {
  description:
    'The business behind a post as VAs see it: its record on Delegate, each rate with its count. Never its contact details.',
})
export class ClientRecord {
  @Field(() => String, { nullable: true, description: "The organisation's name; null when it posted confidentially." })
  name: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2; null when not given.' })
  country: string | null;

  @Field({ description: 'It has paid into escrow on Delegate.' })
  paymentVerified: boolean;

  @Field(() => Int, { description: 'Its posts that closed, expired or led to a hire.' })
  decidedPosts: number;

  @Field(() => Int)
  hiredPosts: number;

  @Field(() => Float, { nullable: true, description: 'hiredPosts / decidedPosts; null with none decided.' })
  hireRate: number | null;

  @Field(() => Int)
  contracts: number;

  @Field(() => Int, { description: 'Contracts on which either side opened a dispute.' })
  disputedContracts: number;

  @Field(() => Float, { nullable: true, description: 'disputedContracts / contracts; null with none.' })
  disputeRate: number | null;

  @Field(() => Int, { description: 'First payments of contracts and retainer periods measured.' })
  fundingsMeasured: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from hiring, or a retainer period opening, to paying into escrow.',
  })
  medianHoursToFund: number | null;

  @Field(() => Int, { description: 'Hand-ins released and measured.' })
  approvalsMeasured: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Median hours from a hand-in to its release (approved, or released when the window ran out).',
  })
  medianHoursToApprove: number | null;

  @Field(() => Reputation, { description: 'Its reputation from VAs by the published formula.' })
  reputation: Reputation;
}
