import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import { BackgroundJobs } from '../../platform/background/background-jobs.js';
import { UsersService } from '../identity/users.service.js';
import { type Delivery, MailService } from '../mail/mail.service.js';
import { JobsRepository } from './jobs.repository.js';

export const EXPIRE_JOB_POSTS_TASK = 'jobs.expire';

/**
 * Every five minutes: posts past their date expire, and the author of a post closing within the
 * warning period (5 days by default) is told once, in their language and time zone.
 */
@Injectable()
export class JobExpiryService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: JobsRepository,
    private readonly identity: UsersService,
    private readonly mail: MailService,
    private readonly background: BackgroundJobs,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.background.register({
      name: EXPIRE_JOB_POSTS_TASK,
      policy: 'singleton',
      cron: '*/5 * * * *',
      handler: async () => {
        await this.sweep();
      },
    });
  }

  async sweep(now = new Date()): Promise<{ expired: number; warned: number }> {
    const { expired, deliveries } = await this.dataSource.transaction(async (manager) => {
      const expired = await this.repository.expireDue(now, manager);
      const [closing] = await this.repository.markExpiryWarnings(now, this.config.jobs.expiryWarningDays, manager);
      const deliveries: Delivery[] = [];
      for (const job of closing) {
        const author = await this.identity.findUserById(job.authorId, manager);
        if (!author) continue;
        const date = new Intl.DateTimeFormat(author.locale, { dateStyle: 'long', timeZone: author.timeZone }).format(
          job.expiresAt,
        );
        deliveries.push(
          await this.mail.enqueue(
            {
              to: author.email,
              template: 'jobPostExpiring',
              locale: author.locale,
              values: {
                name: author.displayName,
                job: job.title,
                date,
                days: this.config.jobs.ttlDays,
                link: `${this.config.http.publicUrl}/jobs/${job.id}`,
              },
            },
            manager,
          ),
        );
      }
      return { expired, deliveries };
    });
    for (const delivery of deliveries) await delivery.deliver();
    return { expired, warned: deliveries.length };
  }
}
