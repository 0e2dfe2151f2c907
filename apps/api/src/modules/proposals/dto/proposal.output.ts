import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { PartyActor } from '../../../platform/access/actor.js';
import { enumOf } from '../../../platform/graphql/enum-of.js';
import { PageOf } from '../../../platform/graphql/pagination.js';
import { BudgetKind, JobStatus } from '../../jobs/dto/job-post.output.js';
import type { JobPost } from '../../jobs/jobs.service.js';
import { MatchedFreelancer } from '../../matching/dto/job-match.output.js';
import { DECLINE_REASONS, PROPOSAL_STATUSES } from '../entities/proposal.entity.js';

export const ProposalStatus = enumOf(PROPOSAL_STATUSES);
export const DeclineReason = enumOf(DECLINE_REASONS);
registerEnumType(ProposalStatus, { name: 'ProposalStatus' });
registerEnumType(DeclineReason, { name: 'DeclineReason' });

@ObjectType('ProposalJob', { description: 'The job a proposal answers, as far as the VA may see it.' })
export class ProposalJob {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field(() => JobStatus)
  status: string;

  @Field(() => BudgetKind, { nullable: true })
  budgetKind: string | null;
}

/** The job as a side of the hire reads it: VAs with contact details hidden, the organisation as written. */
export function toProposalJob(
  job: Pick<JobPost, 'id' | 'title' | 'status' | 'budgetKind' | 'masked'>,
  viewer: PartyActor['kind'],
): ProposalJob {
  const title = viewer === 'freelancer' ? job.masked.title : job.title;
  return { id: job.id, title, status: job.status, budgetKind: job.budgetKind };
}

@ObjectType('Proposal')
export class Proposal {
  @Field(() => ID)
  id: string;

  @Field(() => ProposalStatus)
  status: string;

  @Field(() => DeclineReason, { nullable: true, description: 'Set when the business declined.' })
  declineReason: string | null;

  @Field()
  coverLetter: string;

  @Field(() => Int, { description: "Minor units of the job's currency: hourly rate, fixed price or monthly retainer." })
  amountMinor: number;

  @Field()
  currency: string;

  @Field(() => [String], { description: "One answer per screening question, in the post's order." })
  screeningAnswers: string[];

  @Field({ description: 'First day the VA can start (YYYY-MM-DD).' })
  availableFrom: string;

  @Field(() => ProposalJob)
  job: ProposalJob;

  @Field(() => MatchedFreelancer)
  freelancer: MatchedFreelancer;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;
}

export const ProposalPage = PageOf(Proposal, 'ProposalPage');
