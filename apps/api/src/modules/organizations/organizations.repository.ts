import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { CompiledEntity } from '../../platform/database/compiled-entity.js';
import { OrganizationEntity } from './entities/organization.entity.js';
import { OrganizationInvitationEntity } from './entities/organization-invitation.entity.js';

@Injectable()
export class OrganizationsRepository {
  private readonly compiledOrganizations: CompiledEntity<OrganizationEntity>;

  constructor(private readonly dataSource: DataSource) {
    this.compiledOrganizations = new CompiledEntity(dataSource, OrganizationEntity);
  }

  insertOrganization(name: string, manager: EntityManager): Promise<OrganizationEntity> {
    const repository = manager.getRepository(OrganizationEntity);
    return repository.save(repository.create({ name }));
  }

  async byIds(ids: string[], manager: EntityManager = this.dataSource.manager): Promise<OrganizationEntity[]> {
    if (ids.length === 0) return [];
    const select = this.compiledOrganizations.select('o');
    return this.compiledOrganizations.query(
      `SELECT ${select} FROM organizations o WHERE o.id = ANY($1::uuid[])`,
      [ids],
      manager,
    );
  }

  async updateOrganization(id: string, changes: Pick<OrganizationEntity, 'name' | 'country'>): Promise<void> {
    await this.dataSource.getRepository(OrganizationEntity).update({ id }, changes);
  }

  findOrganization(id: string): Promise<OrganizationEntity | null> {
    return this.dataSource.getRepository(OrganizationEntity).findOneBy({ id });
  }

  findPendingInvitations(organizationId: string, now: Date) {
    return this.dataSource
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('invitation')
      .where('invitation.organization_id = :organizationId', { organizationId })
      .andWhere('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL')
      .andWhere('invitation.expires_at > :now', { now })
      .orderBy('invitation.created_at', 'DESC')
      .getMany();
  }

  insertInvitation(
    invitation: Pick<
      OrganizationInvitationEntity,
      'organizationId' | 'email' | 'role' | 'tokenHash' | 'invitedById' | 'expiresAt'
    >,
    manager: EntityManager,
  ): Promise<OrganizationInvitationEntity> {
    const repository = manager.getRepository(OrganizationInvitationEntity);
    return repository.save(repository.create({ ...invitation, acceptedAt: null, revokedAt: null }));
  }

  /** A usable invitation with its organisation, or null. */
  findUsableInvitation(tokenHash: Buffer, now: Date, manager: EntityManager = this.dataSource.manager) {
    return manager
      .getRepository(OrganizationInvitationEntity)
      .createQueryBuilder('invitation')
      .innerJoinAndMapOne(
        'invitation.organization',
        OrganizationEntity,
        'organization',
        'organization.id = invitation.organization_id',
      )
      .where('invitation.token_hash = :tokenHash', { tokenHash })
      .andWhere('invitation.accepted_at IS NULL AND invitation.revoked_at IS NULL')
      .andWhere('invitation.expires_at > :now', { now })
      .getOne();
  }

  /** Conditional, so two sign-ups racing on one invitation cannot both use it. */
  async markInvitationAccepted(id: string, now: Date, manager: EntityManager): Promise<boolean> {
    const result = await manager
      .getRepository(OrganizationInvitationEntity)
      .update({ id, acceptedAt: IsNull(), revokedAt: IsNull() }, { acceptedAt: now });
    return (result.affected ?? 0) === 1;
  }

  async revokeInvitation(id: string, organizationId: string, now: Date): Promise<boolean> {
    const result = await this.dataSource
      .getRepository(OrganizationInvitationEntity)
      .update({ id, organizationId, acceptedAt: IsNull(), revokedAt: IsNull() }, { revokedAt: now });
    return (result.affected ?? 0) > 0;
  }
}
