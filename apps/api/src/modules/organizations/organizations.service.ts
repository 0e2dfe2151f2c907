import { Inject, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { Actor, OrganizationRole } from '../../platform/access/actor.js';
import { ForbiddenError, NotFoundError } from '../../platform/errors/app-error.js';
import { type RateLimit, RateLimits } from '../../platform/rate-limit/rate-limits.js';
import { hashSecretToken, newSecretToken } from '../identity/secret-token.js';
import { UsersService } from '../identity/users.service.js';
import { MailService } from '../mail/mail.service.js';
import { AlreadyMemberError, InvalidInvitationError, InvitationEmailMismatchError } from './organizations.errors.js';
import { OrganizationsRepository } from './organizations.repository.js';

const INVITATION_TTL_DAYS = 7;
const HOUR_SECONDS = 3_600;

type ClientActor = Extract<Actor, { kind: 'client' }>;

/** Client organisations, their members and invitations. */
/** How a new client user comes in: a new organisation of their own, or an invitation. */
export type ClientJoin = { organizationName: string } | { invitationToken: string };

@Injectable()
export class OrganizationsService {
  /** Invitations one member sends, and one address receives: e-mail is never a way to flood someone. */
  private readonly invitationsPerSender: RateLimit;
  private readonly invitationsPerRecipient: RateLimit;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OrganizationsRepository,
    private readonly users: UsersService,
    private readonly mail: MailService,
    limits: RateLimits,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.invitationsPerSender = limits.limit({ name: 'invitation-sender', points: 20, durationSeconds: HOUR_SECONDS });
    this.invitationsPerRecipient = limits.limit({
      name: 'invitation-recipient',
      points: 3,
      durationSeconds: 24 * HOUR_SECONDS,
    });
  }

  /** Called inside the sign-up transaction: the new client user owns a new organisation, or joins by invitation. */
  async join(join: ClientJoin, user: { id: string; email: string }, manager: EntityManager): Promise<void> {
    if ('invitationToken' in join) return this.joinByInvitation(join.invitationToken, user, manager);
    const organization = await this.repository.insertOrganization(join.organizationName, manager);
    await this.users.addMember({ organizationId: organization.id, userId: user.id, role: 'owner' }, manager);
  }

  private async joinByInvitation(token: string, user: { id: string; email: string }, manager: EntityManager) {
    const now = new Date();
    const invitation = await this.repository.findUsableInvitation(hashSecretToken(token), now, manager);
    if (!invitation) throw new InvalidInvitationError();
    if (invitation.email !== user.email) throw new InvitationEmailMismatchError();
    if (!(await this.repository.markInvitationAccepted(invitation.id, now, manager)))
      throw new InvalidInvitationError();
    await this.users.addMember(
      { organizationId: invitation.organizationId, userId: user.id, role: invitation.role },
      manager,
    );
  }

  async previewInvitation(token: string) {
    const invitation = await this.repository.findUsableInvitation(hashSecretToken(token), new Date());
    if (!invitation?.organization) throw new InvalidInvitationError();
    return { organizationName: invitation.organization.name, email: invitation.email, role: invitation.role };
  }

  /** Renames the caller's organisation or sets its country (owners and admins). */
  update(actor: ClientActor, changes: { name: string; country?: string | null }): Promise<void> {
    return this.repository.updateOrganization(actor.organizationId, {
      name: changes.name,
      country: changes.country?.toUpperCase() ?? null,
    });
  }

  /** Organisations by id: name and country (callers have checked who may see them). */
  byIds(ids: string[]) {
    return this.repository.byIds([...new Set(ids)]);
  }

  /** Organisations' names by id (for the agreements and mail of other features). */
  async names(ids: string[], manager?: EntityManager): Promise<Map<string, string>> {
    const organizations = await this.repository.byIds([...new Set(ids)], manager);
    return new Map(organizations.map((organization) => [organization.id, organization.name]));
  }

  /** An organisation by id (callers have checked who may see it). */
  find(id: string) {
    return this.repository.findOrganization(id);
  }

  async get(actor: ClientActor) {
    const organization = await this.repository.findOrganization(actor.organizationId);
    if (!organization) throw new NotFoundError('Organisation not found.');
    return organization;
  }

  members(organizationId: string) {
    return this.users.members(organizationId);
  }

  pendingInvitations(organizationId: string) {
    return this.repository.findPendingInvitations(organizationId, new Date());
  }

  async invite(actor: ClientActor, email: string, role: OrganizationRole) {
    // Only an owner may create another owner.
    if (role === 'owner' && actor.organizationRole !== 'owner')
      throw new ForbiddenError('Only an owner can invite an owner.');
    if (await this.users.emailExists(email)) throw new AlreadyMemberError();
    await this.invitationsPerSender.consume(actor.userId);
    await this.invitationsPerRecipient.consume(email);
    const organization = await this.get(actor);
    const inviter = await this.users.findUserById(actor.userId);
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
    const { invitation, delivery } = await this.dataSource.transaction(async (manager) => {
      const invitation = await this.repository.insertInvitation(
        { organizationId: organization.id, email, role, tokenHash: hash, invitedById: actor.userId, expiresAt },
        manager,
      );
      const delivery = await this.mail.enqueue(
        {
          to: email,
          template: 'organizationInvitation',
          locale: inviter?.locale ?? 'en',
          values: {
            inviter: inviter?.displayName ?? '',
            organization: organization.name,
            role: role.replace('_', ' '),
            days: INVITATION_TTL_DAYS,
          },
          secrets: { link: `${this.config.http.publicUrl}/sign-up?invitation=${token}` },
        },
        manager,
      );
      return { invitation, delivery };
    });
    await delivery.deliver();
    return invitation;
  }

  async revokeInvitation(actor: ClientActor, invitationId: string): Promise<boolean> {
    if (!(await this.repository.revokeInvitation(invitationId, actor.organizationId, new Date()))) {
      throw new NotFoundError('Invitation not found.');
    }
    return true;
  }
}
