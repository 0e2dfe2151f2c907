import { Field, ID, ObjectType } from '@nestjs/graphql';
import { OrganizationRoleValue } from '../../identity/dto/viewer.output.js';

@ObjectType('OrganizationMember')
export class OrganizationMember {
  @Field(() => ID)
  userId: string;

  @Field()
  displayName: string;

  @Field()
  email: string;

  @Field(() => OrganizationRoleValue)
  role: OrganizationRoleValue;

  @Field()
  joinedAt: Date;
}

@ObjectType('OrganizationInvitation')
export class OrganizationInvitation {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => OrganizationRoleValue)
  role: OrganizationRoleValue;

  @Field()
  expiresAt: Date;

  @Field()
  createdAt: Date;
}

@ObjectType('Organization')
export class Organization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  country: string | null;

  @Field(() => [OrganizationMember])
  members: OrganizationMember[];

  @Field(() => [OrganizationInvitation], { description: 'Pending invitations (visible to owners and admins).' })
  invitations: OrganizationInvitation[];
}

@ObjectType('InvitationPreview')
export class InvitationPreview {
  @Field()
  organizationName: string;

  @Field()
  email: string;

  @Field(() => OrganizationRoleValue)
  role: OrganizationRoleValue;
}

/** The signed-in client's organisation and role, on `Viewer`. */
@ObjectType('ViewerOrganization')
export class ViewerOrganization {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganizationRoleValue)
  role: OrganizationRoleValue;
}
