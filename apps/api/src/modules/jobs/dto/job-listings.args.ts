import { ArgsType, Field, ID } from '@nestjs/graphql';
import { ArrayMaxSize, IsIn, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { PageArgs } from '../../../platform/graphql/pagination.js';
import { BUDGET_KINDS, type BudgetKind as BudgetKindValue } from '../entities/job-post.entity.js';
import { BudgetKind } from './job-post.output.js';

@ArgsType()
export class SearchJobListingsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to look for, as in a web search ("-word" excludes).' })
  @IsOptional()
  @MaxLength(200)
  query?: string;

  @Field(() => [ID], { nullable: true, description: 'Posts asking for any of these skills.' })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  skillIds?: string[];

  @Field(() => BudgetKind, { nullable: true })
  @IsOptional()
  @IsIn(BUDGET_KINDS)
  budgetKind?: BudgetKindValue;
}
