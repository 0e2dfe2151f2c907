import { Module } from '@nestjs/common';
import { MailRepository } from './mail.repository.js';
import { MailResolver } from './mail.resolver.js';
import { MailService } from './mail.service.js';

@Module({
  providers: [MailRepository, MailService, MailResolver],
  exports: [MailService],
})
export class MailModule {}
