import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { OrganizationRole } from '../../platform/access/actor.js';
import type { UserEntity } from './entities/user.entity.js';
import { IdentityRepository } from './identity.repository.js';

/** An account, as other features read it. */
export type User = UserEntity;

/** What other features may know about accounts: who a user is, their organisation membership, and whether an address is taken. */
@Injectable()
export class UsersService {
  constructor(private readonly repository: IdentityRepository) {}

  /** A user by id, in the caller's transaction if given. */
  findUserById(id: string, manager?: EntityManager): Promise<UserEntity | null> {
    return this.repository.findUserById(id, manager);
  }

  /** Users by id (ids without a user are left out). */
  async byIds(ids: string[]): Promise<Map<string, User>> {
    const users = await this.repository.findUsersByIds([...new Set(ids)]);
    return new Map(users.map((user) => [user.id, user]));
  }

  /** Each user's display name, by id (ids without a user are left out). */
  async displayNames(ids: string[]): Promise<Map<string, string>> {
    return new Map([...(await this.byIds(ids))].map(([id, user]) => [id, user.displayName]));
  }

  /** Of these users, the ids of those whose display name or e-mail contains `text`: a search over a list of people. */
  idsMatching(ids: string[], text: string): Promise<string[]> {
    return this.repository.idsMatching([...new Set(ids)], text);
  }

  /** The new user joins an organisation (in the sign-up's transaction). */
  addMember(member: { organizationId: string; userId: string; role: OrganizationRole }, manager: EntityManager) {
    return this.repository.insertMember(member, manager);
  }

  /** An organisation's members with their accounts, first joined first. */
  members(organizationId: string) {
    return this.repository.members(organizationId);
  }

  emailExists(email: string, manager?: EntityManager): Promise<boolean> {
    return this.repository.emailExists(email, manager);
  }
}
