import { type Type } from '@nestjs/common';
import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { Max, Min } from 'class-validator';

/** Offset pagination for ops lists: stable ordering is the repository's job. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset = 0;

  @Field(() => Int, { defaultValue: 25 })
  @Min(1)
  @Max(100)
  limit = 25;
}

export interface PageShape<T> {
  items: T[];
  totalCount: number;
}

/** Builds a `XxxPage { items, totalCount }` output type. */
export function PageOf<T>(item: Type<T>, name: string) {
  @ObjectType(name)
  class Page implements PageShape<T> {
    @Field(() => [item])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return Page;
}
