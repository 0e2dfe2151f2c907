import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { PageOf } from '../../../platform/graphql/pagination.js';

@ObjectType('AuditEntry')
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { nullable: true })
  actorId: string | null;

  @Field(() => String, { nullable: true, description: 'Who acted, by name (null for the system).' })
  actorName: string | null;

  @Field()
  action: string;

  @Field()
  targetType: string;

  @Field()
  targetId: string;

  @Field(() => GraphQLJSONObject)
  details: Record<string, unknown>;

  @Field()
  createdAt: Date;
}

export const AuditEntryPage = PageOf(AuditEntry, 'AuditEntryPage');
