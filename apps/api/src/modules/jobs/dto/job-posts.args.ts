import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional } from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';
import { JOB_STATUSES } from '../entities/job-post.entity.js';
import { JobStatus } from './job-post.output.js';

@ArgsType()
export class JobPostsArgs extends PageArgs {
  @Field(() => JobStatus, { nullable: true })
  @IsOptional()
  @IsIn(JOB_STATUSES)
  status?: (typeof JOB_STATUSES)[number];
}
