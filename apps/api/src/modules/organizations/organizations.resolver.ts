import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../platform/access/actor.js';
import { Allow, Policies } from '../../platform/access/policy.js';
import { Context, CurrentActor, type RequestContext } from '../../platform/access/request-context.js';
import { AccountService } from '../identity/account.service.js';
import { AuthService } from '../identity/auth.service.js';
import { ClientSignUpInput } from '../identity/dto/account.input.js';
import { type OrganizationRoleValue, Viewer } from '../identity/dto/viewer.output.js';
import { InviteMemberInput } from './dto/invite-member.input.js';
import {
  InvitationPreview,
  Organization,
  OrganizationInvitation,
  ViewerOrganization,
} from './dto/organization.output.js';
import { UpdateOrganizationInput } from './dto/update-organization.input.js';
import { OrganizationsService } from './organizations.service.js';

type ClientActor = Extract<Actor, { kind: 'client' }>;

@Resolver()
export class OrganizationsResolver {
  constructor(
    private readonly organizations: OrganizationsService,
    private readonly auth: AuthService,
    private readonly accounts: AccountService,
  ) {}

  @Allow(Policies.anyone)
  @Mutation(() => Viewer, {
    description: 'Creates a client account with a new organisation, or joins one by invitation.',
  })
  async signUpClient(@Args('input') input: ClientSignUpInput, @Context() context: RequestContext) {
    const { organizationName, invitationToken, ...account } = input;
    const join = invitationToken ? { invitationToken } : { organizationName: organizationName ?? '' };
    const user = await this.auth.signUp(account, 'client', context, (created, manager) =>
      this.organizations.join(join, created, manager),
    );
    return this.accounts.viewer(user.id);
  }

  @Allow(Policies.client)
  @Query(() => Organization, { description: "The caller's own organisation." })
  async myOrganization(@CurrentActor() actor: ClientActor): Promise<Organization> {
    const isAdmin = Policies.clientAdmin.allows(actor);
    const [organization, members, invitations] = await Promise.all([
      this.organizations.get(actor),
      this.organizations.members(actor.organizationId),
      isAdmin ? this.organizations.pendingInvitations(actor.organizationId) : Promise.resolve([]),
    ]);
    return {
      id: organization.id,
      name: organization.name,
      country: organization.country,
      members: members.map((member) => ({
        userId: member.userId,
        displayName: member.user?.displayName ?? '',
        email: member.user?.email ?? '',
        role: member.role as OrganizationRoleValue,
        joinedAt: member.createdAt,
      })),
      invitations: invitations.map((invitation) => ({ ...invitation, role: invitation.role as OrganizationRoleValue })),
    };
  }

  @Allow(Policies.clientAdmin)
  @Mutation(() => Boolean, { description: 'Renames the organisation or sets its country; VAs see both on its posts.' })
  async updateOrganization(@CurrentActor() actor: ClientActor, @Args('input') input: UpdateOrganizationInput) {
    await this.organizations.update(actor, input);
    return true;
  }

  @Allow(Policies.clientAdmin)
  @Mutation(() => OrganizationInvitation)
  async inviteMember(@CurrentActor() actor: ClientActor, @Args('input') input: InviteMemberInput) {
    const invitation = await this.organizations.invite(actor, input.email, input.role);
    return { ...invitation, role: invitation.role as OrganizationRoleValue };
  }

  @Allow(Policies.clientAdmin)
  @Mutation(() => Boolean)
  revokeInvitation(@CurrentActor() actor: ClientActor, @Args('id', { type: () => ID }) id: string) {
    return this.organizations.revokeInvitation(actor, id);
  }

  @Allow(Policies.anyone)
  @Query(() => InvitationPreview, { description: 'What an invitation link is for, shown on the sign-up page.' })
  invitation(@Args('token') token: string) {
    return this.organizations.previewInvitation(token);
  }
}

/** A signed-in client's organisation on `Viewer` (identity knows only the membership). */
@Resolver(() => Viewer)
export class ViewerOrganizationResolver {
  constructor(private readonly organizations: OrganizationsService) {}

  @ResolveField(() => ViewerOrganization, { nullable: true })
  async organization(@Parent() viewer: Viewer): Promise<ViewerOrganization | null> {
    if (!viewer.membership) return null;
    const organization = await this.organizations.find(viewer.membership.organizationId);
    return organization && { id: organization.id, name: organization.name, role: viewer.membership.role };
  }
}
