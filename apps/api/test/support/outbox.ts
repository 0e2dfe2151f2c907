import type { DataSource } from 'typeorm';
import { OutboxEmailEntity } from '../../src/modules/mail/entities/outbox-email.entity.js';

/** The newest e-mail to an address, and the token in its link (what a person would click). */
export async function lastEmailTo(dataSource: DataSource, address: string) {
  const email = await dataSource
    .getRepository(OutboxEmailEntity)
    .findOne({ where: { toAddress: address }, order: { createdAt: 'DESC' } });
  if (!email) throw new Error(`No e-mail to ${address}`);
  const token = /[?&](?:token|invitation)=([\w-]+)/.exec(email.bodyText)?.[1];
  return { email, token };
}
