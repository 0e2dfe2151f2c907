import { ArgsType, Field, ID } from '@nestjs/graphql';
import { IsDate, IsOptional, IsUUID, Length } from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';

@ArgsType()
export class AuditFilterArgs extends PageArgs {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  action?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 60)
  targetType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Length(1, 80)
  targetId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field({ nullable: true })
  @IsOptional()
  @IsDate()
  to?: Date;
}
