import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

export interface AuditFilter {
  actorId?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    entry: Pick<AuditEntryEntity, 'actorId' | 'action' | 'targetType' | 'targetId' | 'details'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<void> {
    await manager.getRepository(AuditEntryEntity).save(manager.getRepository(AuditEntryEntity).create(entry));
  }

  findPage(filter: AuditFilter, page: { offset: number; limit: number }) {
    const query = this.dataSource
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('entry')
      .orderBy('entry.created_at', 'DESC')
      .addOrderBy('entry.id', 'DESC')
      .offset(page.offset)
      .limit(page.limit);
    if (filter.actorId) query.andWhere('entry.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.targetType) query.andWhere('entry.target_type = :targetType', { targetType: filter.targetType });
    if (filter.targetId) query.andWhere('entry.target_id = :targetId', { targetId: filter.targetId });
    if (filter.from) query.andWhere('entry.created_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.created_at < :to', { to: filter.to });
    return query.getManyAndCount();
  }
}
