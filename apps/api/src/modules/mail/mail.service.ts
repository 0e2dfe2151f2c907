import { Inject, Injectable, Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { MailRepository } from './mail.repository.js';
import { renderEmail, type TemplateName } from './mail.templates.js';

export interface Delivery {
  /** Sends over SMTP once the surrounding transaction has committed; a no-op for the outbox. */
  deliver(): Promise<void>;
}

/**
 * Writes every e-mail to the outbox table inside the caller's transaction (so an e-mail exists
 * exactly when the action that caused it committed). With `SMTP_URL` set it is then sent over SMTP;
 * without it the outbox is the delivery and ops read it in the console.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);
  private readonly transporter: Transporter | null;

  constructor(
    private readonly repository: MailRepository,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.transporter = config.mail.smtpUrl ? createTransport(config.mail.smtpUrl) : null;
  }

  async enqueue(
    message: { to: string; template: TemplateName; locale: string; values: Record<string, string | number> },
    manager?: EntityManager,
  ): Promise<Delivery> {
    const { subject, text } = renderEmail(message.template, message.locale, message.values);
    const transport = this.transporter ? 'smtp' : 'outbox';
    const row = await this.repository.insert(
      { toAddress: message.to, subject, bodyText: text, transport, sentAt: transport === 'outbox' ? new Date() : null },
      manager,
    );
    const transporter = this.transporter;
    if (!transporter) return { deliver: async () => {} };
    return {
      deliver: async () => {
        try {
          await transporter.sendMail({ from: this.config.mail.from, to: row.toAddress, subject, text });
          await this.repository.markDelivered(row.id, new Date());
        } catch (error) {
          this.logger.error(`SMTP delivery of e-mail ${row.id} failed: ${String(error)}`);
          await this.repository.markFailed(row.id, String(error));
        }
      },
    };
  }

  listOutbox(options: { offset: number; limit: number; toAddress?: string }) {
    return this.repository.findPage(options);
  }
}
