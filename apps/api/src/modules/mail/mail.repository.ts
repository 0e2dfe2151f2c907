import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OutboxEmailEntity } from './entities/outbox-email.entity.js';

@Injectable()
export class MailRepository {
  constructor(private readonly dataSource: DataSource) {}

  insert(
    email: Pick<OutboxEmailEntity, 'toAddress' | 'template' | 'subject' | 'bodyText' | 'transport'>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OutboxEmailEntity> {
    const repository = manager.getRepository(OutboxEmailEntity);
    return repository.save(repository.create({ ...email, sentAt: null, lastError: null }));
  }

  async markDelivered(id: string, sentAt: Date): Promise<void> {
    await this.dataSource.getRepository(OutboxEmailEntity).update({ id }, { sentAt, lastError: null });
  }

  async markFailed(id: string, error: string): Promise<void> {
    await this.dataSource.getRepository(OutboxEmailEntity).update({ id }, { lastError: error.slice(0, 2000) });
  }

  findPage(options: { offset: number; limit: number; toAddress?: string }) {
    const query = this.dataSource
      .getRepository(OutboxEmailEntity)
      .createQueryBuilder('email')
      .orderBy('email.created_at', 'DESC')
      .addOrderBy('email.id', 'DESC')
      .offset(options.offset)
      .limit(options.limit);
    if (options.toAddress) query.where('email.to_address = :to', { to: options.toAddress.toLowerCase() });
    return query.getManyAndCount();
  }
}
