import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsOptional, IsUUID, Length } from 'class-validator';
import { PageArgs, PageOf } from '../../../platform/graphql/pagination.js';
import { trim } from '../../../platform/validation/transforms.js';

@InputType()
export class SendJobMessageInput {
  @Field(() => ID)
  @IsUUID()
  jobId: string;

  @Field(() => ID, { nullable: true, description: "The VA the thread is with; the organisation's side must name one." })
  @IsOptional()
  @IsUUID()
  freelancerId?: string | null;

  @Field()
  @Transform(trim)
  @Length(1, 5000)
  body: string;
}

@ArgsType()
export class JobThreadArgs extends PageArgs {
  @Field(() => ID)
  @IsUUID()
  jobId: string;

  @Field(() => ID, { nullable: true, description: "The VA the thread is with; the organisation's side must name one." })
  @IsOptional()
  @IsUUID()
  freelancerId?: string | null;
}

@ObjectType('JobMessage')
export class JobMessage {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Contact details are hidden until the two sides have a contract.' })
  body: string;

  @Field()
  authorName: string;

  @Field({ description: 'True when the VA wrote it, false when the organisation did.' })
  fromFreelancer: boolean;

  @Field()
  createdAt: Date;
}

export const JobMessagePage = PageOf(JobMessage, 'JobMessagePage');
