import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { User } from '../identity/users.service.js';
import type { JobPost } from '../jobs/jobs.service.js';
import { type Delivery, MailService } from '../mail/mail.service.js';

/** E-mails about matches, written in the caller's transaction; deliver them after it commits. */
@Injectable()
export class MatchingNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  invited(to: Pick<User, 'email' | 'displayName' | 'locale'>, job: JobPost, manager: EntityManager): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template: 'jobInvitation',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: job.title,
          hours: job.weeklyHours ?? 0,
          link: `${this.config.http.publicUrl}/freelancer/jobs/${job.id}`,
        },
      },
      manager,
    );
  }
}
