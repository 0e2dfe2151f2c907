import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { AccountKind, OpsRoleValue } from './account.input.js';

export enum OrganizationRoleValue {
  OWNER = 'owner',
  ADMIN = 'admin',
  HIRING_MANAGER = 'hiring_manager',
  FINANCE = 'finance',
}
registerEnumType(OrganizationRoleValue, { name: 'OrganizationRole' });

/** The signed-in person, as their own apps see them. */
@ObjectType('Viewer')
export class Viewer {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => AccountKind)
  kind: AccountKind;

  @Field(() => OpsRoleValue, { nullable: true })
  opsRole: OpsRoleValue | null;

  @Field()
  locale: string;

  @Field()
  timeZone: string;

  /**
   * Not a field: the organisations module resolves `organization` from it (identity knows a client's
   * membership, not the organisation).
   */
  membership: { organizationId: string; role: OrganizationRoleValue } | null;
}

@ObjectType('OpsAccount')
export class OpsAccount {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field()
  displayName: string;

  @Field(() => OpsRoleValue)
  opsRole: OpsRoleValue;
}
