import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/config.js';
import type { UserEntity } from '../identity/entities/user.entity.js';
import { maskContactDetails } from '../jobs/job-quality.js';
import { type Delivery, MailService } from '../mail/mail.service.js';

type Recipient = Pick<UserEntity, 'email' | 'displayName' | 'locale'>;

/** E-mails about offers, written in the caller's transaction; deliver them after it commits. */
@Injectable()
export class ContractsNotifier {
  constructor(
    private readonly mail: MailService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  offerReceived(
    to: Recipient,
    offer: { jobId: string; jobTitle: string; organization: string },
    manager: EntityManager,
  ): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template: 'offerReceived',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: maskContactDetails(offer.jobTitle),
          organization: offer.organization,
          link: `${this.config.http.publicUrl}/freelancer/jobs/${offer.jobId}`,
        },
      },
      manager,
    );
  }

  offerAccepted(
    to: Recipient,
    contract: { id: string; jobTitle: string; freelancer: string },
    manager: EntityManager,
  ): Promise<Delivery> {
    return this.mail.enqueue(
      {
        to: to.email,
        template: 'offerAccepted',
        locale: to.locale,
        values: {
          name: to.displayName,
          job: contract.jobTitle,
          freelancer: contract.freelancer,
          link: `${this.config.http.publicUrl}/contracts/${contract.id}`,
        },
      },
      manager,
    );
  }
}
