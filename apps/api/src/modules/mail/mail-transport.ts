import { Logger } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';

/** An e-mail as its recipient reads it: the only place its secret links exist. */
export interface SentEmail {
  to: string;
  subject: string;
  text: string;
}

/** Where e-mails go once the action that wrote them has committed. */
export interface MailTransport {
  readonly name: 'smtp' | 'dev_mailbox';
  send(email: SentEmail): Promise<void>;
}

export const MAIL_TRANSPORT = Symbol('MAIL_TRANSPORT');

export class SmtpTransport implements MailTransport {
  readonly name = 'smtp';
  private readonly transporter: Transporter;

  constructor(
    smtpUrl: string,
    private readonly from: string,
  ) {
    this.transporter = createTransport(smtpUrl);
  }

  async send(email: SentEmail): Promise<void> {
    await this.transporter.sendMail({ from: this.from, to: email.to, subject: email.subject, text: email.text });
  }
}

const RECENT_LIMIT = 200;

/**
 * Development and tests only (the configuration refuses production without SMTP): each e-mail is
 * printed in full to the server's standard output, where only whoever runs the server reads it, and
 * the latest are kept in this process's memory for the test suites. No API reads them.
 */
export class DevMailbox implements MailTransport {
  readonly name = 'dev_mailbox';
  private readonly logger = new Logger(DevMailbox.name);
  private readonly recent: SentEmail[] = [];

  constructor(private readonly output: NodeJS.WritableStream | null) {}

  async send(email: SentEmail): Promise<void> {
    this.recent.unshift(email);
    this.recent.length = Math.min(this.recent.length, RECENT_LIMIT);
    if (!this.output) return;
    const rule = '─'.repeat(72);
    this.output.write(
      `\n${rule}\nDevelopment mailbox: e-mail to ${email.to}\nSubject: ${email.subject}\n\n${email.text}\n${rule}\n\n`,
    );
    this.logger.debug(`E-mail to ${email.to} printed to the development mailbox`);
  }

  /** The newest e-mail to an address, as its recipient would read it. */
  latestTo(address: string): SentEmail | null {
    return this.recent.find((email) => email.to === address.toLowerCase()) ?? null;
  }
}
