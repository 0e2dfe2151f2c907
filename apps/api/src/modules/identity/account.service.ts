import { Injectable } from '@nestjs/common';
import type { SignedInActor } from '../../platform/access/actor.js';
import { UnauthenticatedError } from '../../platform/errors/app-error.js';
import { AccountKind, OpsRoleValue } from './dto/account.input.js';
import type { Viewer } from './dto/viewer.output.js';
import { OrganizationRoleValue } from './dto/viewer.output.js';
import { IdentityRepository } from './identity.repository.js';

/** The signed-in person's own account: who they are and their preferences. */
@Injectable()
export class AccountService {
  constructor(private readonly repository: IdentityRepository) {}

  async viewer(userId: string): Promise<Viewer> {
    const found = await this.repository.findViewer(userId);
    if (!found) throw new UnauthenticatedError();
    const { user, membership } = found;
    return {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      kind: user.kind as AccountKind,
      opsRole: user.opsRole as OpsRoleValue | null,
      locale: user.locale,
      timeZone: user.timeZone,
      membership: membership
        ? { organizationId: membership.organizationId, role: membership.role as OrganizationRoleValue }
        : null,
    };
  }

  async update(actor: SignedInActor, changes: { displayName?: string; locale?: string; timeZone?: string }) {
    await this.repository.updateUser(actor.userId, changes);
    return this.viewer(actor.userId);
  }
}
