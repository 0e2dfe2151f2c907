import type { DataSource } from 'typeorm';
import { OutboxEmailEntity } from '../../src/modules/mail/entities/outbox-email.entity.js';
import { DevMailbox, MAIL_TRANSPORT, type SentEmail } from '../../src/modules/mail/mail-transport.js';
import type { TestApp } from './test-app.js';

/** The newest entry of the delivery log to an address: what ops admins read, secret links redacted. */
export async function lastEmailTo(dataSource: DataSource, address: string) {
  const email = await dataSource
    .getRepository(OutboxEmailEntity)
    .findOne({ where: { toAddress: address }, order: { createdAt: 'DESC' } });
  if (!email) throw new Error(`No e-mail to ${address}`);
  return { email };
}

/**
 * The newest e-mail to an address as its recipient reads it (the development mailbox; some are sent
 * by the background worker, so this waits a little), and the token in its link: what a person clicks.
 */
export async function receivedBy(testApp: TestApp, address: string, timeoutMs = 10_000) {
  const mailbox = testApp.app.get<DevMailbox>(MAIL_TRANSPORT);
  if (!(mailbox instanceof DevMailbox)) throw new Error('The test app has no development mailbox.');
  const deadline = Date.now() + timeoutMs;
  let email: SentEmail | null = mailbox.latestTo(address);
  while (!email && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    email = mailbox.latestTo(address);
  }
  if (!email) throw new Error(`No e-mail reached ${address}`);
  const token = /[?&](?:token|invitation)=([\w-]+)/.exec(email.text)?.[1];
  return { ...email, token };
}
