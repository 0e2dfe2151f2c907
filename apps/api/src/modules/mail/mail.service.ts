import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { MailRepository } from './mail.repository.js';
import { renderEmail, type TemplateName } from './mail.templates.js';
import { MAIL_TRANSPORT, type MailTransport } from './mail-transport.js';

export interface Delivery {
  /** Sends the e-mail once the surrounding transaction has committed. */
  deliver(): Promise<void>;
}

export interface OutgoingEmail {
  to: string;
  template: TemplateName;
  locale: string;
  values: Record<string, string | number>;
  /** Values that grant access (reset, invitation links): sent to the recipient, never stored or logged. */
  secrets?: Record<string, string>;
}

/** What the delivery log shows in place of a secret value. */
export const REDACTED_SECRET = '[link sent to the recipient only]';

/**
 * Writes every e-mail to the delivery log inside the caller's transaction (so an e-mail exists
 * exactly when the action that caused it committed), with its secret links redacted, then hands the
 * full text to the transport after commit: SMTP, or the development mailbox without `SMTP_URL`.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly repository: MailRepository,
    @Inject(MAIL_TRANSPORT) private readonly transport: MailTransport,
  ) {}

  async enqueue(message: OutgoingEmail, manager?: EntityManager): Promise<Delivery> {
    const secrets = message.secrets ?? {};
    const sent = renderEmail(message.template, message.locale, { ...message.values, ...secrets });
    const logged = renderEmail(message.template, message.locale, {
      ...message.values,
      ...Object.fromEntries(Object.keys(secrets).map((name) => [name, REDACTED_SECRET])),
    });
    const row = await this.repository.insert(
      {
        toAddress: message.to,
        template: message.template,
        subject: logged.subject,
        bodyText: logged.text,
        transport: this.transport.name,
      },
      manager,
    );
    return {
      deliver: async () => {
        try {
          await this.transport.send({ to: row.toAddress, subject: sent.subject, text: sent.text });
          await this.repository.markDelivered(row.id, new Date());
        } catch (error) {
          this.logger.error(`Delivery of e-mail ${row.id} failed: ${String(error)}`);
          await this.repository.markFailed(row.id, String(error));
        }
      },
    };
  }

  listDeliveryLog(options: { offset: number; limit: number; toAddress?: string }) {
    return this.repository.findPage(options);
  }
}
