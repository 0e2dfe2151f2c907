import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { User } from '../identity/users.service.js';
import { type Delivery, MailService } from '../mail/mail.service.js';
import type { DeclineReason } from './entities/proposal.entity.js';

/** E-mails about proposals, written in the caller's transaction; deliver them after it commits. */
@Injectable()
export class ProposalsNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The VA is told politely, with the reason in their language and a way back to their feed. */
  declined(
    to: Pick<User, 'email' | 'displayName' | 'locale'>,
    job: { masked: { title: string } },
    reason: DeclineReason,
    manager: EntityManager,
  ): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template: 'proposalDeclined',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: job.masked.title,
          reason,
          link: `${this.config.http.publicUrl}/freelancer/jobs`,
        },
      },
      manager,
    );
  }
}
