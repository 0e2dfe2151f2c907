import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { MailRepository } from './mail.repository.js';
import { MailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';
import { DevMailbox, MAIL_TRANSPORT, SmtpTransport } from './mail-transport.js';

@Module({
  providers: [
    MailRepository,
    MailService,
    MailResolver,
    {
      provide: MAIL_TRANSPORT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.mail.smtpUrl
          ? new SmtpTransport(config.mail.smtpUrl, config.mail.from)
          : new DevMailbox(config.logLevel === 'silent' ? null : process.stdout),
    },
  ],
  exports: [MailService],
})
export class MailModule {}
